import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { canEditPost, isPostAuthor, isPostLive } from "@/lib/permissions";
import { analysePost } from "@/lib/server/forum/analyse-post";
import { loadPostFacts } from "@/lib/server/forum/load-post";
import type { EditPostInput } from "@/lib/forum/schemas";

/**
 * Replaces the author's own post body (parsed once: HTML, excerpt, links) and marks it edited at `now`. Conditional:
 * the update applies only while the post is still live and the thread open, whatever happened since it was read.
 */
export async function editPost(
  actor: SessionUser | null,
  input: EditPostInput,
  { now, siteHost = null }: { now: Date; siteHost?: string | null },
): Promise<{ postId: string; questionId: string }> {
  if (!actor) throw new AppError("actions.signInRequired");
  const post = await loadPostFacts(input.postId);
  if (!canEditPost(actor, post, post.thread)) {
    if (!isPostAuthor(actor, post)) throw new AppError("forum.errors.notYourPost");
    if (!isPostLive(post)) throw new AppError("forum.errors.postGone");
    throw new AppError("forum.errors.threadLocked");
  }
  const analysis = analysePost(input.body, siteHost);
  const { count } = await db.post.updateMany({
    where: { id: post.id, authorId: actor.id, deletedAt: null, hiddenAt: null, thread: { lockedAt: null } },
    data: {
      bodyMd: input.body,
      bodyHtml: analysis.bodyHtml,
      excerpt: analysis.excerpt,
      simulatorLinks: analysis.simulatorLinks,
      editedAt: now,
    },
  });
  if (count === 0) throw new AppError("forum.errors.postGone");
  return { postId: post.id, questionId: post.thread.questionId };
}
