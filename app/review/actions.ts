"use server";
import { redirect } from "next/navigation";
import { createAction, createFormAction } from "@/lib/action";
import { dailyLimitSchema, examIdSchema } from "@/lib/quiz/schemas";
import { requesterFrom } from "@/lib/server/quiz/requester-from";
import { setDailyReviewLimit } from "@/lib/server/review/set-daily-review-limit";
import { startLeechDrill } from "@/lib/server/review/start-leech-drill";
import { startReviewRound } from "@/lib/server/review/start-review-round";

/** Serves today's queue (due first, then new) as a practice round. */
export const startReviewAction = createFormAction(
  createAction({ schema: examIdSchema, requireUser: true }, async (input, { user, now }) => {
    const attemptId = await startReviewRound(await requesterFrom(user), input.examId, now);
    redirect(`/practice/${attemptId}`);
  }),
);

/** Serves today's due questions of another bank the learner studies (no new ones: those come from the main bank). */
export const startDueReviewAction = createFormAction(
  createAction({ schema: examIdSchema, requireUser: true }, async (input, { user, now }) => {
    const attemptId = await startReviewRound(await requesterFrom(user), input.examId, now, { newQuestions: false });
    redirect(`/practice/${attemptId}`);
  }),
);

/** The questions failed 4 times (leeches), drilled apart from the queue. */
export const startLeechDrillAction = createFormAction(
  createAction({ schema: examIdSchema, requireUser: true }, async (input, { user }) => {
    const attemptId = await startLeechDrill(await requesterFrom(user), input.examId);
    redirect(`/practice/${attemptId}`);
  }),
);

export const setDailyLimitAction = createFormAction(
  createAction({ schema: dailyLimitSchema, requireUser: true }, async (input, { user }) => ({
    limit: await setDailyReviewLimit(user.id, input.limit),
  })),
);
