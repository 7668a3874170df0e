import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { canAcceptAnswer, isPostAuthor } from "@/lib/permissions";
import { loadPostFacts } from "@/lib/server/forum/load-post";
import { lockThread } from "@/lib/server/forum/thread-state";

/**
 * The thread's author accepts one answer (replacing any earlier one) or withdraws the acceptance. Transitions of one
 * thread are serialized by its row lock, the post must still be live when it is accepted, and a partial unique index
 * ("Post_one_accepted_per_thread") makes two accepted answers in one thread impossible whatever the code does.
 */
export async function setAccepted(
  actor: SessionUser | null,
  input: { postId: string; isAccepted: boolean },
): Promise<{ questionId: string }> {
  if (!actor) throw new AppError("actions.signInRequired");
  const post = await loadPostFacts(input.postId);
  if (!canAcceptAnswer(actor, post, post.thread)) {
    if (post.thread.authorId !== actor.id) throw new AppError("forum.errors.notThreadAuthor");
    throw new AppError(isPostAuthor(actor, post) ? "forum.errors.cannotAcceptOwn" : "forum.errors.postGone");
  }
  await db.$transaction(async (tx) => {
    const thread = await lockThread(tx, post.threadId);
    if (thread?.authorId !== actor.id) throw new AppError("forum.errors.notThreadAuthor");
    if (!input.isAccepted) {
      await tx.post.updateMany({ where: { id: post.id }, data: { isAccepted: false } });
      return;
    }
    await tx.post.updateMany({
      where: { threadId: post.threadId, isAccepted: true, id: { not: post.id } },
      data: { isAccepted: false },
    });
    const { count } = await tx.post.updateMany({
      where: { id: post.id, deletedAt: null, hiddenAt: null },
      data: { isAccepted: true },
    });
    if (count === 0) throw new AppError("forum.errors.postGone");
  });
  return { questionId: post.thread.questionId };
}
