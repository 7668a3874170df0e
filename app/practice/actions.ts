"use server";
import { redirect } from "next/navigation";
import { createAction, createFormAction } from "@/lib/action";
import { answerSchema, attemptIdSchema, startPracticeSchema } from "@/lib/quiz/schemas";
import { endPracticeRound } from "@/lib/server/quiz/end-practice-round";
import { ensureAnonKeyHash } from "@/lib/server/quiz/ensure-anon-key-hash";
import { requesterFrom } from "@/lib/server/quiz/requester-from";
import { startPractice } from "@/lib/server/quiz/start-practice";
import { answerPracticeAndReview } from "@/lib/server/review/answer-practice-and-review";

/** Starts a round (signed out: owned by a new httpOnly cookie token) and opens its first question. */
export const startPracticeAction = createFormAction(
  createAction({ schema: startPracticeSchema }, async (input, { user }) => {
    const anonKeyHash = user ? null : await ensureAnonKeyHash();
    const attemptId = await startPractice({ userId: user?.id ?? null, anonKeyHash }, input);
    redirect(`/practice/${attemptId}`);
  }),
);

/** Grades one answer, then moves the learner's review schedule; the reply carries the key and explanations of that question only. */
export const answerPracticeAction = createAction({ schema: answerSchema }, async (input, { user, locale, now }) =>
  answerPracticeAndReview(await requesterFrom(user), input, locale, now),
);

/** Ends a round early and shows its summary. */
export const endPracticeAction = createFormAction(
  createAction({ schema: attemptIdSchema }, async (input, { user, now }) => {
    await endPracticeRound(await requesterFrom(user), input.attemptId, now);
    redirect(`/practice/${input.attemptId}`);
  }),
);
