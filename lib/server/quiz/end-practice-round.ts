import "server-only";
import { db } from "@/lib/db";
import { canActOnAttempt, type AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { getOwnedAttempt } from "@/lib/server/quiz/owned-attempt";

/**
 * Ends a practice round early: it closes with the score of what was answered (unanswered items stay unanswered and
 * can still be opened). Idempotent: a finished round is left as it is.
 */
export async function endPracticeRound(
  requester: AttemptRequester,
  attemptId: string,
  at: Date,
): Promise<{ attemptId: string }> {
  const attempt = await getOwnedAttempt(requester, attemptId);
  if (!canActOnAttempt(requester, attempt)) throw new AppError("quiz.errors.attemptNotFound");
  if (attempt.mode !== "PRACTICE") throw new AppError("quiz.errors.notPractice");
  if (attempt.status !== "IN_PROGRESS") return { attemptId };
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${attemptId} FOR UPDATE`;
    const correct = await tx.attemptItem.count({ where: { attemptId, isCorrect: true } });
    const total = await tx.attemptItem.count({ where: { attemptId } });
    await tx.attempt.updateMany({
      where: { id: attemptId, status: "IN_PROGRESS" },
      data: { status: "SUBMITTED", finishedAt: at, correct, total },
    });
  });
  return { attemptId };
}
