import "server-only";
import { ExpectedError } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canAcceptAnswer, isPostAuthor } from "@/lib/permissions";
import { forumError } from "@/lib/server/forum/errors";
import { loadPostFacts } from "@/lib/server/forum/load-post";

/** The thread's author accepts one answer (replacing any earlier one) or withdraws the acceptance. */
export async function setAccepted(actor: SessionUser | null, input: { postId: string; isAccepted: boolean }): Promise<{ questionId: string }> {
  if (!actor) throw ExpectedError.of("signInRequired");
  const post = await loadPostFacts(input.postId);
  if (!canAcceptAnswer(actor, post, post.thread)) {
    if (post.thread.authorId !== actor.id) throw forumError("notThreadAuthor");
    throw forumError(isPostAuthor(actor, post) ? "cannotAcceptOwn" : "postGone");
  }
  await db.$transaction(async (tx) => {
    if (input.isAccepted) await tx.post.updateMany({ where: { threadId: post.threadId, isAccepted: true }, data: { isAccepted: false } });
    await tx.post.update({ where: { id: post.id }, data: { isAccepted: input.isAccepted } });
  });
  return { questionId: post.thread.questionId };
}
