import "server-only";
import { db } from "@/lib/db";

/** Saves the learner's daily review limit (already validated by the action's schema); returns it as stored. */
export async function setDailyReviewLimit(userId: string, limit: number): Promise<number> {
  const { dailyReviewLimit } = await db.user.update({
    where: { id: userId },
    data: { dailyReviewLimit: limit },
    select: { dailyReviewLimit: true },
  });
  return dailyReviewLimit;
}
