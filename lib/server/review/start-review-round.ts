import "server-only";
import type { AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { createPracticeRound } from "@/lib/server/quiz/create-practice-round";
import { chooseVariantSeeds } from "@/lib/server/variants/choose-variant-seeds";
import { getReviewQueue, type QueueOptions } from "@/lib/server/review/get-review-queue";

/** Starts a practice round of today's queue (due only, with `newQuestions: false`); returns its attempt id. */
export async function startReviewRound(
  requester: AttemptRequester,
  examId: string,
  at: Date,
  options: QueueOptions = {},
): Promise<string> {
  if (!requester.userId) throw new AppError("quiz.errors.signInForWrong");
  const queue = await getReviewQueue(requester.userId, examId, at, options);
  if (queue.questionIds.length === 0) throw new AppError("quiz.errors.noQuestions");
  const seeds = await chooseVariantSeeds(requester, queue.questionIds);
  return createPracticeRound(requester, examId, queue.questionIds, { source: "review" }, seeds);
}
