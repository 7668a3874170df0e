import "server-only";
import { finishExam } from "@/lib/server/quiz/finish-exam";

/** Finishes the exam as EXPIRED when its deadline has passed; true when it is (now) finished. */
export async function expireIfOverdue(
  attempt: {
    id: string;
    mode: string;
    status: string;
    deadlineAt: Date | null;
  },
  now: Date,
): Promise<boolean> {
  if (attempt.mode !== "EXAM" || attempt.status !== "IN_PROGRESS") return attempt.status !== "IN_PROGRESS";
  if (!attempt.deadlineAt || now < attempt.deadlineAt) return false;
  await finishExam(attempt.id, "EXPIRED", now);
  return true;
}
