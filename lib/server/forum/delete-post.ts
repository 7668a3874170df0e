import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { canDeletePost, isPostAuthor } from "@/lib/permissions";
import { loadPostFacts } from "@/lib/server/forum/load-post";
import { lockThread, recountThread } from "@/lib/server/forum/thread-state";

/**
 * Soft-deletes the author's own post: the row stays so replies keep their context, and the thread shows a
 * "deleted" placeholder. A deleted post is no longer counted or accepted. The transition is conditional (only a post
 * not yet deleted), so of concurrent deletes one wins and the others are told the post is gone; the count is derived.
 */
export async function deletePost(
  actor: SessionUser | null,
  input: { postId: string },
  { now }: { now: Date },
): Promise<{ postId: string; questionId: string }> {
  if (!actor) throw new AppError("actions.signInRequired");
  const post = await loadPostFacts(input.postId);
  if (!canDeletePost(actor, post))
    throw new AppError(isPostAuthor(actor, post) ? "forum.errors.postGone" : "forum.errors.notYourPost");
  await db.$transaction(async (tx) => {
    await lockThread(tx, post.threadId);
    const { count } = await tx.post.updateMany({
      where: { id: post.id, authorId: actor.id, deletedAt: null },
      data: { deletedAt: now, isAccepted: false },
    });
    if (count === 0) throw new AppError("forum.errors.postGone");
    await recountThread(tx, post.threadId);
  });
  return { postId: post.id, questionId: post.thread.questionId };
}
