import "server-only";
import { ExpectedError } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { renderUserMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { canEditPost, isPostAuthor, isPostLive } from "@/lib/permissions";
import { forumError } from "@/lib/server/forum/errors";
import { loadPostFacts } from "@/lib/server/forum/load-post";
import type { EditPostInput } from "@/lib/server/forum/schemas";

/** Replaces the author's own post body (re-sanitized) and marks it edited at `now`. */
export async function editPost(actor: SessionUser | null, input: EditPostInput, { now = new Date() } = {}): Promise<{ postId: string; questionId: string }> {
  if (!actor) throw ExpectedError.of("signInRequired");
  const post = await loadPostFacts(input.postId);
  if (!canEditPost(actor, post, post.thread)) {
    if (!isPostAuthor(actor, post)) throw forumError("notYourPost");
    if (!isPostLive(post)) throw forumError("postGone");
    throw forumError("threadLocked");
  }
  await db.post.update({ where: { id: post.id }, data: { bodyMd: input.body, bodyHtml: renderUserMarkdown(input.body), editedAt: now } });
  return { postId: post.id, questionId: post.thread.questionId };
}
