import "server-only";
import { db } from "@/lib/db";

/** Where a post is shown: its question and the thread page of its top-level post (for links from elsewhere). */
export async function findPostLocation(
  postId: string,
  pageSize: number,
): Promise<{ questionId: string; page: number } | null> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      threadId: true,
      createdAt: true,
      thread: { select: { questionId: true } },
      parent: { select: { createdAt: true } },
    },
  });
  if (!post) return null;
  const rootCreatedAt = post.parent?.createdAt ?? post.createdAt;
  const position = await db.post.count({
    where: { threadId: post.threadId, parentId: null, createdAt: { lte: rootCreatedAt } },
  });
  return { questionId: post.thread.questionId, page: Math.max(1, Math.ceil(position / pageSize)) };
}
