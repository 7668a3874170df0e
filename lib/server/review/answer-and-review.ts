import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import type { AnswerInput, AnswerQuestionInput } from "@/lib/quiz/schemas";
import { answerPracticeQuestion } from "@/lib/server/quiz/answer-practice-question";
import { AppError } from "@/lib/errors";
import type { Feedback } from "@/lib/quiz/dto";
import { createPracticeRound } from "@/lib/server/quiz/start-practice";
import type { MisconceptionNote } from "@/lib/review/dto";
import { recordReview } from "@/lib/server/review/record-review";

/** A graded answer as its owner sees it, plus where it was recorded (a one-question page needs its round). */
export type ReviewedFeedback = Feedback & { attemptId: string; misconceptions: MisconceptionNote[] };

/**
 * Grading (the practice use case, unchanged) and then the spaced-review step, for a signed-in learner.
 * `at` is the request clock (lib/request-context.ts), passed in so tests and the e2e test clock decide what "today" is.
 */
export async function answerPracticeAndReview(
  requester: AttemptRequester,
  input: AnswerInput,
  locale: Locale,
  at: Date,
): Promise<ReviewedFeedback> {
  const feedback = await answerPracticeQuestion(requester, input, locale, at);
  if (requester.userId) {
    await recordReview(
      {
        userId: requester.userId,
        attemptId: input.attemptId,
        position: input.position,
        questionId: feedback.questionId,
        isCorrect: feedback.isCorrect,
        confidence: input.confidence,
        elapsedMs: input.elapsedMs,
      },
      at,
    );
  }
  // The misconceptions of the wrong picks came with the grading (the same statement, after grading only).
  return { ...feedback, attemptId: input.attemptId };
}

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
