import "server-only";
import { ExpectedError } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canDeletePost, isPostAuthor } from "@/lib/permissions";
import { forumError } from "@/lib/server/forum/errors";
import { loadPostFacts } from "@/lib/server/forum/load-post";

/**
 * Soft-deletes the author's own post: the row stays so replies keep their context, and the thread shows a
 * "deleted" placeholder. A deleted post is no longer counted or accepted.
 */
export async function deletePost(actor: SessionUser | null, input: { postId: string }, { now = new Date() } = {}): Promise<{ postId: string; questionId: string }> {
  if (!actor) throw ExpectedError.of("signInRequired");
  const post = await loadPostFacts(input.postId);
  if (!canDeletePost(actor, post)) throw forumError(isPostAuthor(actor, post) ? "postGone" : "notYourPost");
  await db.$transaction(async (tx) => {
    await tx.post.update({ where: { id: post.id }, data: { deletedAt: now, isAccepted: false } });
    if (post.hiddenAt === null) await tx.thread.update({ where: { id: post.threadId }, data: { postCount: { decrement: 1 } } });
  });
  return { postId: post.id, questionId: post.thread.questionId };
}
