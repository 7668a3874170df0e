"use server";
import { createAction } from "@/lib/action";
import { answerQuestionSchema } from "@/lib/quiz/schemas";
import { ensureAnonKeyHash } from "@/lib/server/quiz/requester";
import { answerSingleQuestion } from "@/lib/server/review/answer-and-review";

/** Answers one question from its own page (signed in or not): a one-question practice round, graded like practice. */
export const answerQuestionAction = createAction(
  { schema: answerQuestionSchema },
  async (input, { user, locale, now }) => {
    const anonKeyHash = user ? null : await ensureAnonKeyHash();
    return answerSingleQuestion({ userId: user?.id ?? null, anonKeyHash }, input, locale, now);
  },
);
