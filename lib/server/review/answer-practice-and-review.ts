import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import type { AnswerInput } from "@/lib/quiz/schemas";
import type { Feedback } from "@/lib/quiz/dto";
import { answerPracticeQuestion } from "@/lib/server/quiz/answer-practice-question";
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
