import "server-only";
import type { AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { expireIfOverdue } from "@/lib/server/quiz/expire-if-overdue";
import { finishExam } from "@/lib/server/quiz/finish-exam";
import { getOwnedAttempt } from "@/lib/server/quiz/owned-attempt";

/** The candidate ends their exam: graded now (or EXPIRED if the deadline already passed). Idempotent. */
export async function submitExam(
  requester: AttemptRequester,
  attemptId: string,
  now: Date,
): Promise<{ attemptId: string }> {
  const attempt = await getOwnedAttempt(requester, attemptId);
  if (attempt.mode !== "EXAM") throw new AppError("quiz.errors.notExam");
  if (!(await expireIfOverdue(attempt, now))) await finishExam(attempt.id, "SUBMITTED", now);
  return { attemptId: attempt.id };
}
