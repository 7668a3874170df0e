import "server-only";
import { db } from "@/lib/db";
import { countDueToday } from "@/lib/server/review/count-due-today";

/** For the home page: questions due today and whether the learner has answered anything yet. */
export async function getHomeReviewSummary(userId: string, at: Date): Promise<{ dueCount: number; tracked: number }> {
  const [dueCount, tracked] = await Promise.all([
    countDueToday(userId, at),
    db.reviewCard.count({ where: { userId } }),
  ]);
  return { dueCount, tracked };
}
