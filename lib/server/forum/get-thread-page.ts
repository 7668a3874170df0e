import "server-only";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import {
  canAcceptAnswer,
  canDeletePost,
  canEditPost,
  canModerate,
  canPostInThread,
  canReplyToPost,
  canReportPost,
  canVotePost,
  isPostAuthor,
} from "@/lib/permissions";
import { threadPageSize } from "@/lib/forum/schemas";
import { storedSimulatorLinks } from "@/lib/server/forum/analyse-post";
import { isInRunningExam } from "@/lib/server/quiz/running-exam";
import type { PostState, PostView, ThreadPage } from "@/lib/forum/dto";

const postSelect = {
  id: true,
  authorId: true,
  parentId: true,
  bodyMd: true,
  bodyHtml: true,
  simulatorLinks: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  isAccepted: true,
  voteCount: true,
  answerSet: true,
  author: { select: { name: true, role: true } },
  _count: { select: { reports: true } },
} as const;

/**
 * A page of a question's thread, oldest first: top-level posts paged, each with all its replies. Null when the question
 * is unknown. Reads what was derived when each post was written (HTML, simulator links): no Markdown is parsed here.
 */
export async function getThreadPage(
  viewer: SessionUser | null,
  questionId: string,
  requestedPage: number,
): Promise<ThreadPage | null> {
  const question = await db.question.findFirst({
    where: { id: questionId, retiredAt: null },
    select: { id: true, thread: { select: { id: true, authorId: true, lockedAt: true, postCount: true } } },
  });
  if (!question) return null;
  const thread = question.thread;
  const isModerator = canModerate(viewer);
  const isExamLocked = await isInRunningExam(viewer?.id ?? null, question.id);
  const empty = {
    questionId,
    threadId: thread?.id ?? null,
    isLocked: thread?.lockedAt != null,
    postCount: thread?.postCount ?? 0,
    canPost: canPostInThread(viewer, thread) && !isExamLocked,
    canModerate: isModerator,
    isExamLocked,
  };
  if (!thread || isExamLocked) return { ...empty, page: 1, pageCount: 1, posts: [] };

  const topLevelCount = await db.post.count({ where: { threadId: thread.id, parentId: null } });
  const pageCount = Math.max(1, Math.ceil(topLevelCount / threadPageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const roots = await db.post.findMany({
    where: { threadId: thread.id, parentId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * threadPageSize,
    take: threadPageSize,
    select: { ...postSelect, replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: postSelect } },
  });
  const allIds = roots.flatMap((root) => [root.id, ...root.replies.map((reply) => reply.id)]);
  const voted = viewer
    ? new Set(
        (
          await db.vote.findMany({ where: { userId: viewer.id, postId: { in: allIds } }, select: { postId: true } })
        ).map((vote) => vote.postId),
      )
    : new Set<string>();

  const view = (post: (typeof roots)[number]["replies"][number]): PostView => {
    const state: PostState = post.deletedAt ? "deleted" : post.hiddenAt ? "hidden" : "live";
    const isVisible = state === "live" || (state === "hidden" && isModerator);
    const isOwn = isPostAuthor(viewer, post);
    return {
      id: post.id,
      author: {
        id: post.authorId,
        name: state === "deleted" ? null : post.author.name,
        isModerator: post.author.role === "MODERATOR",
        isAsker: post.authorId === thread.authorId,
      },
      createdAt: post.createdAt,
      editedAt: post.editedAt,
      state,
      bodyHtml: isVisible ? post.bodyHtml : null,
      bodyMd: isOwn && state === "live" ? post.bodyMd : null,
      simulatorLinks: isVisible ? storedSimulatorLinks(post.simulatorLinks) : [],
      isAccepted: post.isAccepted,
      voteCount: post.voteCount,
      answerSet: isVisible ? post.answerSet : [],
      hasVoted: voted.has(post.id),
      reportCount: isModerator ? post._count.reports : null,
      can: {
        edit: canEditPost(viewer, post, thread),
        delete: canDeletePost(viewer, post),
        vote: canVotePost(viewer, post),
        accept: canAcceptAnswer(viewer, post, thread),
        report: canReportPost(viewer, post),
        moderate: isModerator && state !== "deleted",
        reply: canReplyToPost(viewer, post, thread),
      },
      replies: [],
    };
  };
  const posts = roots.map((root) => ({ ...view(root), replies: root.replies.map(view) }));
  return { ...empty, page, pageCount, posts };
}
