import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { getGradedQuestion } from "@/lib/server/quiz/get-graded-question";
import { getOwnedAttempt } from "@/lib/server/quiz/owned-attempt";
import { listPublicQuestions } from "@/lib/server/quiz/public-questions";
import { isInRunningExam } from "@/lib/server/quiz/running-exam";
import type { PracticeRound } from "@/lib/quiz/dto";
import { findVariant } from "@/lib/server/variants/find-variant";
import { withVariantFeedback, withVariantQuestion } from "@/lib/quiz/variant-texts";

/**
 * A practice round for its owner, at `position` or at the first unanswered question. The key and explanations are
 * included only for a question already graded (integrity: never for the one being answered).
 */
export async function getPracticeRound(
  requester: AttemptRequester,
  attemptId: string,
  locale: Locale,
  position?: number,
): Promise<PracticeRound> {
  const attempt = await getOwnedAttempt(requester, attemptId);
  if (attempt.mode !== "PRACTICE") throw new AppError("quiz.errors.attemptNotFound");
  const rows = await db.attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: { position: true, questionId: true, gradedAt: true, selected: true, isCorrect: true, variantSeed: true },
  });
  const items = rows.map((row) => ({
    position: row.position,
    questionId: row.questionId,
    isGraded: row.gradedAt !== null,
    isCorrect: row.isCorrect,
  }));
  // A round ended early shows its summary rather than its first unanswered question.
  const isEnded = attempt.status !== "IN_PROGRESS";
  const row =
    position === undefined
      ? isEnded
        ? undefined
        : rows.find((candidate) => candidate.gradedAt === null)
      : rows.find((candidate) => candidate.position === position);
  if (!row) {
    if (position !== undefined) throw new AppError("quiz.errors.attemptNotFound");
    return { attemptId, examId: attempt.examId, items, current: null };
  }
  const [asWritten] = await listPublicQuestions([row.questionId], locale);
  if (!asWritten) throw new AppError("quiz.errors.attemptNotFound");
  // A review or drill item may serve a variant (類題): regenerated from (question id, stored seed), as first served.
  const variant = row.variantSeed !== null ? await findVariant(row.questionId, row.variantSeed) : null;
  const question = variant ? withVariantQuestion(asWritten, variant) : asWritten;
  // Graded before the exam began, but the key of a question in the user's running exam stays hidden until it ends.
  const feedback =
    row.gradedAt && !(await isInRunningExam(requester.userId, row.questionId))
      ? {
          ...(variant
            ? withVariantFeedback(await getGradedQuestion(row.questionId, locale), variant)
            : await getGradedQuestion(row.questionId, locale)),
          position: row.position,
          selected: row.selected,
          isCorrect: row.isCorrect === true,
        }
      : null;
  return { attemptId, examId: attempt.examId, items, current: { position: row.position, question, feedback } };
}
