import "server-only";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canModerate } from "@/lib/permissions";

export const recentPageSize = 20;
const excerptLength = 140;

export type RecentPost = { id: string; questionId: string; authorName: string | null; createdAt: Date; excerpt: string; isReply: boolean; reportCount: number };

const parser = unified().use(remarkParse);

/** Plain text of the Markdown (never its HTML), cut to a short excerpt. */
export function excerptOf(markdown: string, length = excerptLength): string {
  // Block by block, so two paragraphs do not run into one word.
  const text = parser.parse(markdown).children.map((node) => toString(node)).join(" ").replace(/\s+/g, " ").trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The newest visible posts across every live question's thread, one page at a time. */
export async function listRecentPosts(requestedPage: number): Promise<{ posts: RecentPost[]; page: number; pageCount: number }> {
  const where = { deletedAt: null, hiddenAt: null, thread: { question: { retiredAt: null } } };
  const total = await db.post.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / recentPageSize));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const rows = await db.post.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * recentPageSize,
    take: recentPageSize,
    select: { id: true, bodyMd: true, createdAt: true, parentId: true, author: { select: { name: true } }, thread: { select: { questionId: true } } },
  });
  return {
    page,
    pageCount,
    posts: rows.map((row) => ({ id: row.id, questionId: row.thread.questionId, authorName: row.author.name, createdAt: row.createdAt, excerpt: excerptOf(row.bodyMd), isReply: row.parentId !== null, reportCount: 0 })),
  };
}

/** For moderators: live posts with reports, most reported first. Refuses (empty) for anyone else. */
export async function listReportedPosts(viewer: SessionUser | null): Promise<RecentPost[]> {
  if (!canModerate(viewer)) return [];
  const rows = await db.post.findMany({
    where: { deletedAt: null, hiddenAt: null, reports: { some: {} } },
    orderBy: [{ reports: { _count: "desc" } }, { createdAt: "desc" }],
    take: 50,
    select: { id: true, bodyMd: true, createdAt: true, parentId: true, author: { select: { name: true } }, thread: { select: { questionId: true } }, _count: { select: { reports: true } } },
  });
  return rows.map((row) => ({ id: row.id, questionId: row.thread.questionId, authorName: row.author.name, createdAt: row.createdAt, excerpt: excerptOf(row.bodyMd), isReply: row.parentId !== null, reportCount: row._count.reports }));
}
