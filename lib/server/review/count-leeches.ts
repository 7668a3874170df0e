import "server-only";
import { db } from "@/lib/db";

/** Leeches of a learner in one bank (the drills page offers them as a drill of their own). */
export async function countLeeches(userId: string, examId: string): Promise<number> {
  return db.reviewCard.count({ where: { userId, isLeech: true, question: { examId, retiredAt: null } } });
}
