import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { AnswerInput } from "@/lib/quiz/schemas";
import type { Feedback } from "@/lib/quiz/dto";
import { gradePracticeAnswer, type AnswerRequester } from "@/lib/server/quiz/answer-practice-question";
import type { StoredReviewCard } from "@/lib/server/quiz/grade-answer-sql";
import type { CardBefore } from "@/lib/review/schedule-review";
import type { MisconceptionNote } from "@/lib/review/dto";
import { recordReview } from "@/lib/server/review/record-review";

/** A graded answer as its owner sees it, plus where it was recorded (a one-question page needs its round). */
export type ReviewedFeedback = Feedback & { attemptId: string; misconceptions: MisconceptionNote[] };

/**
 * Grading (the practice use case, unchanged) and then the spaced-review step, for a signed-in learner.
 * `at` is the request clock (lib/request-context.ts), passed in so tests and the e2e test clock decide what "today" is.
 * Round trips: one for the grading (which also checks a session handed in as `requester.sessionId` and reads the
 * learner's review card of the question), one for the review write when signed in (see answerPracticeQuestion for the
 * rare second grading run: a variant, a concurrent copy).
 */
export async function answerPracticeAndReview(
  requester: AnswerRequester,
  input: AnswerInput,
  locale: Locale,
  at: Date,
): Promise<ReviewedFeedback> {
  const { graded: feedback, userId, reviewCard } = await gradePracticeAnswer(requester, input, locale, at);
  if (userId) {
    await recordReview(
      {
        userId,
        attemptId: input.attemptId,
        position: input.position,
        questionId: feedback.questionId,
        isCorrect: feedback.isCorrect,
        confidence: input.confidence,
        elapsedMs: input.elapsedMs,
      },
      at,
      { card: cardBefore(reviewCard) },
    );
  }
  // The misconceptions of the wrong picks came with the grading (the same statement, after grading only).
  return { ...feedback, attemptId: input.attemptId };
}

/** The card as the grading statement returned it (dates in epoch milliseconds) → the review step's row. */
export function cardBefore(stored: StoredReviewCard | null): CardBefore {
  if (!stored) return null;
  return {
    ...stored,
    due: new Date(stored.due),
    lastReview: stored.lastReview === null ? null : new Date(stored.lastReview),
  };
}
