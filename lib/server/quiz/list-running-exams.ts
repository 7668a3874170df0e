import "server-only";
import { db } from "@/lib/db";

/** The user's exams still running (to offer "resume" on the exam page); overdue ones are not listed. */
export async function listRunningExams(
  userId: string,
  now: Date,
): Promise<{ id: string; examId: string; deadlineAt: Date | null; total: number | null; setNumber: number | null }[]> {
  return db.attempt.findMany({
    where: { userId, mode: "EXAM", status: "IN_PROGRESS", deadlineAt: { gt: now } },
    orderBy: { startedAt: "desc" },
    select: { id: true, examId: true, deadlineAt: true, total: true, setNumber: true },
  });
}
