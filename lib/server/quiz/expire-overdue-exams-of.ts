import "server-only";
import { db } from "@/lib/db";
import { finishExam } from "@/lib/server/quiz/finish-exam";

/** Expires every overdue exam of a user (before listing their history). */
export async function expireOverdueExamsOf(userId: string, at: Date): Promise<void> {
  const overdue = await db.attempt.findMany({
    where: { userId, mode: "EXAM", status: "IN_PROGRESS", deadlineAt: { lte: at } },
    select: { id: true },
  });
  for (const attempt of overdue) await finishExam(attempt.id, "EXPIRED", at);
}
