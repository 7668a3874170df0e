import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import type { PublicQuestion } from "@/lib/bank/dto";
import { AppError } from "@/lib/errors";
import { expireIfOverdue } from "@/lib/server/quiz/expire-if-overdue";
import type { Feedback } from "@/lib/quiz/dto";
import { getGradedQuestion } from "@/lib/server/quiz/get-graded-question";
import { getOwnedAttempt } from "@/lib/server/quiz/owned-attempt";
import { listPublicQuestions } from "@/lib/server/quiz/public-questions";

/**
 * One question of a finished exam with the candidate's answer, the key and the explanations.
 * Integrity: an exam still running reads as not found, so no explanation leaves the server before submission.
 */
export async function getExamReviewItem(
  requester: AttemptRequester,
  attemptId: string,
  position: number,
  locale: Locale,
  now: Date,
): Promise<{ question: PublicQuestion; feedback: Feedback; total: number }> {
  const attempt = await getOwnedAttempt(requester, attemptId);
  if (attempt.mode !== "EXAM" || !(await expireIfOverdue(attempt, now)))
    throw new AppError("quiz.errors.attemptNotFound");
  const item = await db.attemptItem.findUnique({
    where: { attemptId_position: { attemptId, position } },
    select: { questionId: true, selected: true, isCorrect: true },
  });
  if (!item) throw new AppError("quiz.errors.attemptNotFound");
  const [question] = await listPublicQuestions([item.questionId], locale);
  if (!question) throw new AppError("quiz.errors.attemptNotFound");
  const graded = await getGradedQuestion(item.questionId, locale);
  return {
    question,
    feedback: { ...graded, position, selected: item.selected, isCorrect: item.isCorrect === true },
    total: attempt.total ?? 0,
  };
}
