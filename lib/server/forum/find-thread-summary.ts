import "server-only";
import { db } from "@/lib/db";

/** The post count and lock of a question's thread, shown on the question page; zeros when nobody has posted yet. */
export async function findThreadSummary(questionId: string): Promise<{ postCount: number; isLocked: boolean }> {
  const thread = await db.thread.findUnique({ where: { questionId }, select: { postCount: true, lockedAt: true } });
  return { postCount: thread?.postCount ?? 0, isLocked: thread?.lockedAt != null };
}
