import "server-only";
import { sqlPool } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import { selectionProblem, sortLetters } from "@/lib/quiz/grade";
import type { AnswerInput } from "@/lib/quiz/schemas";
import { AppError } from "@/lib/errors";
import {
  gradeAnswerQuery,
  type GradeAnswerParams,
  type GradeAnswerRow,
  type StoredReviewCard,
} from "@/lib/server/quiz/grade-answer-sql";
import type { Feedback } from "@/lib/quiz/dto";
import { gradedQuestionFrom } from "@/lib/server/quiz/graded-question";
import type { MisconceptionNote } from "@/lib/review/dto";
import { findVariant } from "@/lib/server/variants/find-variant";
import { withVariantFeedback } from "@/lib/quiz/variant-texts";
import type { Variant } from "@/lib/netsim/authoring";
import { digest, sessionIdleSeconds, touchEverySeconds } from "@/lib/server/accounts/sessions";

/** A graded practice answer: the key and explanations, and the misconceptions behind the wrong choices picked. */
export type GradedAnswer = Feedback & { misconceptions: MisconceptionNote[] };

/**
 * Who answers: the requester, and for a signed-in action that leaves authentication to the grading statement
 * (lib/action.ts `session: "in-use-case"`), the id from its session cookie, decrypted but not yet looked up, and the
 * real time to check it at (sessions live in real time, whatever clock the request's `now` follows).
 */
export type AnswerRequester = AttemptRequester & { session?: { id: string; at: Date } | null };

/**
 * The graded answer, the signed-in requester (`userId`: the requester's, or the live session's; null when signed out)
 * and their review card of the question as it was before this answer.
 */
export type GradedAnswerWithCard = { graded: GradedAnswer; userId: string | null; reviewCard: StoredReviewCard | null };

/**
 * Grades one practice answer (all-or-nothing) and returns the key and explanations for it, and for a wrong answer the
 * misconceptions its wrong picks play on.
 * Idempotent: an item is graded once; submitting it again (a double click, a retry) returns the first grading.
 * One statement (see grade-answer-sql.ts) does the ownership check, the grading and the write: one round trip. It runs
 * again only when a concurrent copy of the same answer graded the item first (to read what that copy stored), or when
 * the item serves a variant (類題), whose key is derived on the server from (question id, seed) in between.
 */
export async function answerPracticeQuestion(
  requester: AnswerRequester,
  input: AnswerInput,
  locale: Locale,
  now: Date,
): Promise<GradedAnswer> {
  return (await gradePracticeAnswer(requester, input, locale, now)).graded;
}

/** answerPracticeQuestion, plus the requester's review card read by the same statement (for the review step). */
export async function gradePracticeAnswer(
  requester: AnswerRequester,
  input: AnswerInput,
  locale: Locale,
  now: Date,
): Promise<GradedAnswerWithCard> {
  const params: GradeAnswerParams = [
    input.attemptId,
    input.position,
    requester.userId,
    requester.anonKeyHash,
    sortLetters(input.selected),
    now.toISOString(),
    null,
    false,
    requester.session ? digest(requester.session.id) : null,
    sessionIdleSeconds,
    touchEverySeconds,
    (requester.session?.at ?? now).toISOString(),
  ];
  let row = await gradeAnswer(params);
  // A variant (類題) is graded against the key the generator derives from (question id, seed) on the server.
  let variant: Variant | null = null;
  if (row?.needsVariantKey && row.variantSeed !== null && row.mode === "PRACTICE" && !row.inRunningExam) {
    // A seed whose variant cannot be derived any more (the question changed) is shown, and so graded, as written.
    variant = await findVariant(row.questionId, row.variantSeed);
    params[6] = variant ? variant.key : null;
    params[7] = true;
    row = await gradeAnswer(params);
  }
  // The same answer for "not yours" as for "does not exist" (canActOnAttempt is in the statement's WHERE).
  if (!row) throw new AppError("quiz.errors.attemptNotFound");
  if (row.mode !== "PRACTICE") throw new AppError("quiz.errors.notPractice");
  // A round started before the exam may hold one of its questions: no grading and no key for it while the exam runs.
  if (row.inRunningExam) throw new AppError("quiz.errors.inRunningExam");
  if (!row.gradedNow && !row.gradedBefore) {
    const problem = selectionProblem(input.selected, { letters: row.letters, choose: row.choose });
    if (problem)
      throw new AppError(
        problem === "tooMany" || problem === "wrongCount" ? "quiz.errors.wrongCount" : "quiz.errors.unknownChoice",
        { params: { choose: row.choose }, field: "selected" },
      );
    // A valid selection the statement did not record: a concurrent copy graded the item first. Keep that grading.
    row = await gradeAnswer(params);
  }
  if (!row?.feedback) throw new Error(`practice item ${input.attemptId}#${input.position} is not graded after grading`);
  const graded = gradedQuestionFrom(row.questionId, row.feedback, locale);
  return {
    graded: {
      ...(variant ? withVariantFeedback(graded, variant) : graded),
      position: input.position,
      selected: row.selected,
      isCorrect: row.isCorrect === true,
      misconceptions: (row.misconceptions ?? []).map((m) => ({
        letter: m.letter,
        id: m.id,
        name: locale === "en" ? m.nameEn : m.nameJa,
        explanation: locale === "en" ? m.explanationEn : m.explanationJa,
      })),
    },
    userId: row.requesterId,
    reviewCard: row.reviewCard,
  };
}

async function gradeAnswer(params: GradeAnswerParams): Promise<GradeAnswerRow | undefined> {
  // On db's own pool, as a named prepared statement (bound parameters, parsed and planned once per connection).
  const { rows } = await sqlPool().query<GradeAnswerRow, GradeAnswerParams>(gradeAnswerQuery(params));
  return rows[0];
}
