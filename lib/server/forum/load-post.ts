import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The facts every post use case decides on: the post, its thread's author and lock. Throws "not found". */
export async function loadPostFacts(postId: string) {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      threadId: true,
      authorId: true,
      parentId: true,
      deletedAt: true,
      hiddenAt: true,
      isAccepted: true,
      thread: { select: { id: true, questionId: true, authorId: true, lockedAt: true } },
    },
  });
  if (!post) throw new AppError("forum.errors.postNotFound");
  return post;
}
