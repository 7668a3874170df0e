"use server";
import { redirect } from "next/navigation";
import { createAction, createFormAction } from "@/lib/action";
import { answerSchema, startPracticeSchema } from "@/lib/quiz/schemas";
import { answerPracticeQuestion } from "@/lib/server/quiz/answer-practice-question";
import { ensureAnonKeyHash, requesterFrom } from "@/lib/server/quiz/requester";
import { startPractice } from "@/lib/server/quiz/start-practice";

/** Starts a round (signed out: owned by a new httpOnly cookie token) and opens its first question. */
export const startPracticeAction = createFormAction(
  createAction({ schema: startPracticeSchema }, async (input, { user }) => {
    const anonKeyHash = user ? null : await ensureAnonKeyHash();
    const attemptId = await startPractice({ userId: user?.id ?? null, anonKeyHash }, input);
    redirect(`/practice/${attemptId}`);
  }),
);

/** Grades one answer; the reply carries the key and explanations of that question only. */
export const answerPracticeAction = createAction({ schema: answerSchema }, async (input, { user, locale }) =>
  answerPracticeQuestion(await requesterFrom(user), input, locale),
);
