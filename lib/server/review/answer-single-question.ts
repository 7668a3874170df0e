import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import type { AnswerQuestionInput } from "@/lib/quiz/schemas";
import { AppError } from "@/lib/errors";
import { createPracticeRound } from "@/lib/server/quiz/create-practice-round";
import { answerPracticeAndReview, type ReviewedFeedback } from "@/lib/server/review/answer-practice-and-review";

/**
 * One question answered from its own page, signed in or not: recorded as a one-question practice round and graded by
 * the same use case as practice, so history, review and the key's integrity work the same way.
 */
export async function answerSingleQuestion(
  requester: AttemptRequester,
  input: AnswerQuestionInput,
  locale: Locale,
  at: Date,
): Promise<ReviewedFeedback> {
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { id: true, examId: true, retiredAt: true },
  });
  if (!question || question.retiredAt) throw new AppError("quiz.errors.noQuestions");
  const attemptId = await createPracticeRound(requester, question.examId, [question.id], { source: "question" });
  const { questionId: _questionId, ...answer } = input;
  return answerPracticeAndReview(requester, { ...answer, attemptId, position: 0 }, locale, at);
}
