import "server-only";
import { ExpectedError } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canModerate } from "@/lib/permissions";
import { forumError } from "@/lib/server/forum/errors";
import { loadPostFacts } from "@/lib/server/forum/load-post";

/** A moderator hides a post (readers see a placeholder; moderators still see it) or shows it again. Idempotent. */
export async function setHidden(actor: SessionUser | null, input: { postId: string; isHidden: boolean }, { now = new Date() } = {}): Promise<{ questionId: string }> {
  if (!actor) throw ExpectedError.of("signInRequired");
  if (!canModerate(actor)) throw forumError("moderatorOnly");
  const post = await loadPostFacts(input.postId);
  const isHidden = post.hiddenAt !== null;
  if (isHidden !== input.isHidden) {
    await db.$transaction(async (tx) => {
      await tx.post.update({ where: { id: post.id }, data: input.isHidden ? { hiddenAt: now, hiddenById: actor.id, isAccepted: false } : { hiddenAt: null, hiddenById: null } });
      // The thread counts posts a reader can see.
      if (post.deletedAt === null) await tx.thread.update({ where: { id: post.threadId }, data: { postCount: { [input.isHidden ? "decrement" : "increment"]: 1 } } });
    });
  }
  return { questionId: post.thread.questionId };
}
