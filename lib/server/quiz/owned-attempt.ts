import "server-only";
import { db } from "@/lib/db";
import { canViewAttempt, type AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";

const attemptSelect = {
  id: true,
  userId: true,
  anonKeyHash: true,
  examId: true,
  mode: true,
  status: true,
  options: true,
  startedAt: true,
  deadlineAt: true,
  finishedAt: true,
  correct: true,
  total: true,
} as const;

/**
 * The requester's attempt, or "not found" — the same answer whether it does not exist or belongs to someone else,
 * so attempt ids cannot be probed.
 */
export async function getOwnedAttempt(requester: AttemptRequester, attemptId: string) {
  const attempt = await db.attempt.findUnique({ where: { id: attemptId }, select: attemptSelect });
  if (!attempt || !canViewAttempt(requester, attempt)) throw new AppError("quiz.errors.attemptNotFound");
  return attempt;
}
