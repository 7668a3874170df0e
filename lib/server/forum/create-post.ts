import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { rateLimits } from "@/lib/rate-limit/rules";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { db } from "@/lib/db";
import { canPostInThread, canReplyToPost } from "@/lib/permissions";
import { analysePost } from "@/lib/server/forum/analyse-post";
import { threadPageSize, type CreatePostInput } from "@/lib/forum/schemas";
import { lockThread, recountThread } from "@/lib/server/forum/thread-state";
import { isInRunningExam } from "@/lib/server/quiz/running-exam";

export type CreatedPost = { postId: string; threadId: string; page: number };

/**
 * Asks, answers or replies in a question's thread (created with the first post, whose author becomes the thread's
 * author). Stores the Markdown with what it yields (sanitized HTML, excerpt, simulator links: parsed once, here);
 * counts against the author's posting rate. Replies hang on a top-level post (a reply to a reply joins the same
 * conversation). Returns the page the post lands on. Concurrent first posts create the thread once (insert or skip).
 */
export async function createPost(
  actor: SessionUser | null,
  input: Omit<CreatePostInput, "answer"> & { answer?: string[] },
  { now, siteHost = null }: { now: Date; siteHost?: string | null },
): Promise<CreatedPost> {
  const answerSet = input.answer ?? [];
  if (!actor) throw new AppError("actions.signInRequired");
  const question = await db.question.findFirst({
    where: { id: input.questionId, retiredAt: null },
    select: { id: true, thread: { select: { id: true, lockedAt: true } }, choices: { select: { letter: true } } },
  });
  if (!question) throw new AppError("forum.errors.questionNotFound");
  const letters = new Set(question.choices.map((choice) => choice.letter));
  if (answerSet.some((letter) => !letters.has(letter))) throw new AppError("forum.errors.answerSetInvalid");
  if (!canPostInThread(actor, question.thread)) throw new AppError("forum.errors.threadLocked");
  if (await isInRunningExam(actor.id, question.id)) throw new AppError("forum.errors.examRunning");

  let rootId: string | null = null;
  if (input.parentId) {
    const parent = await db.post.findUnique({
      where: { id: input.parentId },
      select: { threadId: true, parentId: true, authorId: true, deletedAt: true, hiddenAt: true },
    });
    if (!parent || parent.threadId !== question.thread?.id) throw new AppError("forum.errors.parentNotInThread");
    if (!canReplyToPost(actor, parent, question.thread)) throw new AppError("forum.errors.parentGone");
    rootId = parent.parentId ?? input.parentId;
  }

  const analysis = analysePost(input.body, siteHost);
  const limit = await consumeRateLimit(`post:user:${actor.id}`, rateLimits.postPerUser, now);
  if (!limit.isAllowed) throw new AppError("forum.errors.postingRateLimited");

  return db.$transaction(async (tx) => {
    // INSERT … ON CONFLICT DO NOTHING: of concurrent first posts one creates the thread, none fails on the unique key.
    await tx.thread.createMany({
      data: [{ questionId: question.id, authorId: actor.id, createdAt: now, lastPostAt: now }],
      skipDuplicates: true,
    });
    const { id: threadId } = await tx.thread.findUniqueOrThrow({
      where: { questionId: question.id },
      select: { id: true },
    });
    const thread = await lockThread(tx, threadId);
    // Locked between the check above and now: the transaction decides.
    if (!thread || thread.lockedAt) throw new AppError("forum.errors.threadLocked");
    const post = await tx.post.create({
      data: {
        threadId,
        authorId: actor.id,
        parentId: rootId,
        bodyMd: input.body,
        bodyHtml: analysis.bodyHtml,
        excerpt: analysis.excerpt,
        simulatorLinks: analysis.simulatorLinks,
        answerSet,
        createdAt: now,
      },
      select: { id: true, createdAt: true },
    });
    await tx.thread.update({ where: { id: threadId }, data: { lastPostAt: now } });
    // A thread a moderator locked before anyone posted has no author yet: the first poster becomes it.
    await tx.thread.updateMany({ where: { id: threadId, authorId: null }, data: { authorId: actor.id } });
    await recountThread(tx, threadId);
    const root = rootId
      ? await tx.post.findUniqueOrThrow({ where: { id: rootId }, select: { createdAt: true } })
      : post;
    const position = await tx.post.count({ where: { threadId, parentId: null, createdAt: { lte: root.createdAt } } });
    return { postId: post.id, threadId, page: Math.max(1, Math.ceil(position / threadPageSize)) };
  });
}
