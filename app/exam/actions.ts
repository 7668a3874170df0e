"use server";
import { redirect } from "next/navigation";
import { createAction, createFormAction } from "@/lib/action";
import { answerSchema, attemptIdSchema, flagSchema, startExamSchema } from "@/lib/quiz/schemas";
import { requesterFrom } from "@/lib/server/quiz/requester-from";
import { flagExamItem } from "@/lib/server/quiz/flag-exam-item";
import { saveExamAnswer } from "@/lib/server/quiz/save-exam-answer";
import { startExam } from "@/lib/server/quiz/start-exam";
import { submitExam } from "@/lib/server/quiz/submit-exam";

export const startExamAction = createFormAction(
  createAction({ schema: startExamSchema, requireUser: true }, async (input, { user, now }) => {
    const attemptId = await startExam(await requesterFrom(user), input, now);
    redirect(`/exam/${attemptId}`);
  }),
);

/** Saves an answer the moment it is chosen; replies with what was stored, nothing about the key. */
export const saveExamAnswerAction = createAction(
  { schema: answerSchema, requireUser: true },
  async (input, { user, now }) => saveExamAnswer(await requesterFrom(user), input, now),
);

export const flagExamItemAction = createAction(
  { schema: flagSchema, requireUser: true },
  async (input, { user, now }) => flagExamItem(await requesterFrom(user), input, now),
);

export const submitExamAction = createFormAction(
  createAction({ schema: attemptIdSchema, requireUser: true }, async (input, { user, now }) => {
    const { attemptId } = await submitExam(await requesterFrom(user), input.attemptId, now);
    redirect(`/exam/${attemptId}`);
  }),
);
