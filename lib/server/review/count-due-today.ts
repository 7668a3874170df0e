import "server-only";
import { db } from "@/lib/db";
import { endOfDay } from "@/lib/review/fsrs";

/** How many questions are due today across every bank (the home page's badge). */
export async function countDueToday(userId: string, at: Date): Promise<number> {
  return db.reviewCard.count({
    where: { userId, isLeech: false, due: { lt: endOfDay(at) }, question: { retiredAt: null } },
  });
}
