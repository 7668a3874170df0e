"use server";
import { createAction } from "@/lib/action";
import { answerQuestionSchema } from "@/lib/quiz/schemas";
import { ensureAnonKeyHash } from "@/lib/server/quiz/ensure-anon-key-hash";
import { answerSingleQuestion } from "@/lib/server/review/answer-single-question";

/** Answers one question from its own page (signed in or not): a one-question practice round, graded like practice. */
export const answerQuestionAction = createAction(
  { schema: answerQuestionSchema },
  async (input, { user, locale, now }) => {
    const anonKeyHash = user ? null : await ensureAnonKeyHash();
    return answerSingleQuestion({ userId: user?.id ?? null, anonKeyHash }, input, locale, now);
  },
);
