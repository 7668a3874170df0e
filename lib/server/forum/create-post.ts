import "server-only";
import { ExpectedError } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { consumeRateLimit, rateLimits } from "@/lib/auth/rate-limit";
import { renderUserMarkdown } from "@/lib/content/render-markdown";
import { db } from "@/lib/db";
import { canPostInThread, canReplyToPost } from "@/lib/permissions";
import { forumError } from "@/lib/server/forum/errors";
import { threadPageSize, type CreatePostInput } from "@/lib/server/forum/schemas";

export type CreatedPost = { postId: string; threadId: string; page: number };

/**
 * Asks, answers or replies in a question's thread (created with the first post, whose author becomes the thread's
 * author). Stores the Markdown and its sanitized HTML; counts against the author's posting rate. Replies hang on a
 * top-level post (a reply to a reply joins the same conversation). Returns the page the post lands on.
 */
export async function createPost(actor: SessionUser | null, input: Omit<CreatePostInput, "answer"> & { answer?: string[] }, { now = new Date() } = {}): Promise<CreatedPost> {
  const answerSet = input.answer ?? [];
  if (!actor) throw ExpectedError.of("signInRequired");
  const question = await db.question.findFirst({
    where: { id: input.questionId, retiredAt: null },
    select: { id: true, thread: { select: { id: true, lockedAt: true } }, choices: { select: { letter: true } } },
  });
  if (!question) throw forumError("questionNotFound");
  const letters = new Set(question.choices.map((choice) => choice.letter));
  if (answerSet.some((letter) => !letters.has(letter))) throw forumError("answerSetInvalid");
  if (!canPostInThread(actor, question.thread)) throw forumError("threadLocked");

  let rootId: string | null = null;
  if (input.parentId) {
    const parent = await db.post.findUnique({ where: { id: input.parentId }, select: { threadId: true, parentId: true, authorId: true, deletedAt: true, hiddenAt: true } });
    if (!parent || parent.threadId !== question.thread?.id) throw forumError("parentNotInThread");
    if (!canReplyToPost(actor, parent, question.thread)) throw forumError("parentGone");
    rootId = parent.parentId ?? input.parentId;
  }

  const limit = await consumeRateLimit(`post:user:${actor.id}`, rateLimits.postPerUser, now);
  if (!limit.isAllowed) throw forumError("postingRateLimited");
  const bodyHtml = renderUserMarkdown(input.body);

  return db.$transaction(async (tx) => {
    const thread = await tx.thread.upsert({
      where: { questionId: question.id },
      create: { questionId: question.id, authorId: actor.id, createdAt: now, lastPostAt: now },
      update: {},
      select: { id: true, lockedAt: true, authorId: true },
    });
    // Locked between the check above and now: the transaction decides.
    if (thread.lockedAt) throw forumError("threadLocked");
    const post = await tx.post.create({
      data: { threadId: thread.id, authorId: actor.id, parentId: rootId, bodyMd: input.body, bodyHtml, answerSet, createdAt: now },
      select: { id: true, createdAt: true },
    });
    // A thread a moderator locked before anyone posted has no author yet: the first poster becomes it.
    await tx.thread.update({ where: { id: thread.id }, data: { postCount: { increment: 1 }, lastPostAt: now, ...(thread.authorId === null ? { authorId: actor.id } : {}) } });
    const root = rootId ? await tx.post.findUniqueOrThrow({ where: { id: rootId }, select: { createdAt: true } }) : post;
    const position = await tx.post.count({ where: { threadId: thread.id, parentId: null, createdAt: { lte: root.createdAt } } });
    return { postId: post.id, threadId: thread.id, page: Math.max(1, Math.ceil(position / threadPageSize)) };
  });
}
