import "server-only";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { runningExamQuestionIds } from "@/lib/server/quiz/running-exam";

export const recentPageSize = 20;

export type RecentPost = {
  id: string;
  questionId: string;
  authorName: string | null;
  createdAt: Date;
  excerpt: string;
  isReply: boolean;
  reportCount: number;
};

/**
 * The newest visible posts across every live question's thread, one page at a time. Excerpts were derived when each
 * post was written (plain text, never HTML): nothing is parsed here. Threads of questions in the viewer's running mock
 * exam are left out (they could reveal the key).
 */
export async function listRecentPosts(
  requestedPage: number,
  viewer: SessionUser | null = null,
): Promise<{ posts: RecentPost[]; page: number; pageCount: number }> {
  const hidden = [...(await runningExamQuestionIds(viewer?.id ?? null))];
  const where = {
    deletedAt: null,
    hiddenAt: null,
    thread: { question: { retiredAt: null, ...(hidden.length > 0 ? { id: { notIn: hidden } } : {}) } },
  };
  const total = await db.post.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / recentPageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const rows = await db.post.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * recentPageSize,
    take: recentPageSize,
    select: {
      id: true,
      excerpt: true,
      createdAt: true,
      parentId: true,
      author: { select: { name: true } },
      thread: { select: { questionId: true } },
    },
  });
  return {
    page,
    pageCount,
    posts: rows.map((row) => ({
      id: row.id,
      questionId: row.thread.questionId,
      authorName: row.author.name,
      createdAt: row.createdAt,
      excerpt: row.excerpt,
      isReply: row.parentId !== null,
      reportCount: 0,
    })),
  };
}
