import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { canModerate } from "@/lib/permissions";
import { loadPostFacts } from "@/lib/server/forum/load-post";
import { lockThread, recountThread } from "@/lib/server/forum/thread-state";

/**
 * A moderator hides a post (readers see a placeholder; moderators still see it) or shows it again. Idempotent: the
 * update applies only when the post is still in the other state, and the thread's count is derived from its posts.
 */
export async function setHidden(
  actor: SessionUser | null,
  input: { postId: string; isHidden: boolean },
  { now }: { now: Date },
): Promise<{ questionId: string }> {
  if (!actor) throw new AppError("actions.signInRequired");
  if (!canModerate(actor)) throw new AppError("forum.errors.moderatorOnly");
  const post = await loadPostFacts(input.postId);
  await db.$transaction(async (tx) => {
    await lockThread(tx, post.threadId);
    const { count } = input.isHidden
      ? await tx.post.updateMany({
          where: { id: post.id, hiddenAt: null },
          data: { hiddenAt: now, hiddenById: actor.id, isAccepted: false },
        })
      : await tx.post.updateMany({
          where: { id: post.id, hiddenAt: { not: null } },
          data: { hiddenAt: null, hiddenById: null },
        });
    if (count > 0) await recountThread(tx, post.threadId);
  });
  return { questionId: post.thread.questionId };
}
