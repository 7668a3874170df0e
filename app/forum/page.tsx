import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/forum/forum.module.css";
import { Pagination } from "@/components/forum/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/dates";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { getTimeZone } from "@/lib/i18n/time-zone";
import { listRecentPosts, type RecentPost } from "@/lib/server/forum/list-recent-posts";
import { listReportedPosts } from "@/lib/server/forum/list-reported-posts";

type Props = { searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.forum.recent.title };
}

/** A list of recent posts, in the reader's language and time zone (a server component: it reads them itself). */
async function PostList({ posts, label }: { posts: RecentPost[]; label: string }) {
  const [{ locale, t }, timeZone] = await Promise.all([getI18n(), getTimeZone()]);
  return (
    <ol className={styles.recent} aria-label={label}>
      {posts.map((post) => {
        const time = formatDateTime(post.createdAt, locale, timeZone);
        return (
          <li key={post.id}>
            <p className={styles.recentMeta}>
              <Link href={`/questions/${post.questionId}/forum?post=${post.id}`}>
                {format(t.forum.recent.inThread, { id: post.questionId })}
              </Link>
              <span>{post.authorName ?? t.auth.anonymous}</span>
              <time dateTime={time.iso}>{time.text}</time>
              {post.reportCount > 0 ? (
                <span className="badge">{format(t.forum.recent.reportCount, { count: post.reportCount })}</span>
              ) : null}
            </p>
            <p className={styles.excerpt}>{post.excerpt}</p>
          </li>
        );
      })}
    </ol>
  );
}

/** Recent activity across every question's thread; moderators also see reported posts. */
export default async function ForumPage({ searchParams }: Props) {
  const requested = Number((await searchParams).page ?? 1);
  const [user, { t }] = await Promise.all([getSessionUser(), getI18n()]);
  const [recent, reported] = await Promise.all([listRecentPosts(requested, user), listReportedPosts(user)]);
  return (
    <section className="narrow stack" aria-labelledby="forum-title">
      <h1 id="forum-title">{t.forum.recent.title}</h1>
      <p className="lead">{t.forum.recent.lead}</p>
      {user?.role === "MODERATOR" ? (
        <section aria-labelledby="reported-title">
          <h2 id="reported-title">{t.forum.recent.reported}</h2>
          <p>
            <Link href="/moderation">
              {t.community.moderation.title}: {t.community.moderation.reports}
            </Link>
          </p>
          {reported.length === 0 ? (
            <p className="muted">{t.forum.recent.reportedEmpty}</p>
          ) : (
            <PostList posts={reported} label={t.forum.recent.reported} />
          )}
        </section>
      ) : null}
      {/* With the moderators' section above, the recent list gets its own heading so it is not read as part of it. */}
      {user?.role === "MODERATOR" ? <h2>{t.forum.recent.latest}</h2> : null}
      {recent.posts.length === 0 ? (
        <p className="muted">{t.forum.recent.empty}</p>
      ) : (
        <PostList posts={recent.posts} label={t.forum.recent.title} />
      )}
      <Pagination basePath="/forum" page={recent.page} pageCount={recent.pageCount} />
    </section>
  );
}
