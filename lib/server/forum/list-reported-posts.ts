import "server-only";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { canModerate } from "@/lib/permissions";
import type { RecentPost } from "@/lib/server/forum/list-recent-posts";

/** For moderators: live posts with reports, most reported first. Refuses (empty) for anyone else. */
export async function listReportedPosts(viewer: SessionUser | null): Promise<RecentPost[]> {
  if (!canModerate(viewer)) return [];
  const rows = await db.post.findMany({
    where: { deletedAt: null, hiddenAt: null, reports: { some: {} } },
    orderBy: [{ reports: { _count: "desc" } }, { createdAt: "desc" }],
    take: 50,
    select: {
      id: true,
      excerpt: true,
      createdAt: true,
      parentId: true,
      author: { select: { name: true } },
      thread: { select: { questionId: true } },
      _count: { select: { reports: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    questionId: row.thread.questionId,
    authorName: row.author.name,
    createdAt: row.createdAt,
    excerpt: row.excerpt,
    isReply: row.parentId !== null,
    reportCount: row._count.reports,
  }));
}
