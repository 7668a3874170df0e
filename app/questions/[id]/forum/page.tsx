import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ActionButton } from "@/components/forum/action-button";
import { toClientPost } from "@/components/forum/client-post";
import styles from "@/components/forum/forum.module.css";
import { NewPostComposer } from "@/components/forum/new-post-composer";
import { Pagination } from "@/components/forum/pagination";
import { PostCard } from "@/components/forum/post-card";
import { Messages } from "@/components/i18n/messages";
import { getSessionUser } from "@/lib/auth/session";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { getTimeZone } from "@/lib/i18n/time-zone";
import { CommunityAnswers } from "@/components/community/community-answers";
import { QuestionReportForm } from "@/components/community/question-report-form";
import { findCommunityAnswers } from "@/lib/server/community/find-community-answers";
import { listChoiceLetters } from "@/lib/server/community/list-choice-letters";
import { reportDetailsMaxLength } from "@/lib/community/schemas";
import { requesterFrom } from "@/lib/server/quiz/requester-from";
import { findPostLocation } from "@/lib/server/forum/find-post-location";
import { getThreadPage } from "@/lib/server/forum/get-thread-page";
import { postBodyMaxLength, threadPageSize } from "@/lib/forum/schemas";
import {
  createPostAction,
  deletePostAction,
  editPostAction,
  reportPostAction,
  reportQuestionAction,
  setAcceptedAction,
  setHiddenAction,
  setLockedAction,
  setVoteAction,
} from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string; post?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { t } = await getI18n();
  return { title: format(t.forum.threadTitle, { id }) };
}

const actions = {
  createPost: createPostAction,
  editPost: editPostAction,
  deletePost: deletePostAction,
  setVote: setVoteAction,
  setAccepted: setAcceptedAction,
  setHidden: setHiddenAction,
  reportPost: reportPostAction,
};

/** A question's thread: posts oldest first with their replies, paged; the composer for signed-in readers. */
export default async function ThreadPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (query.post) {
    // A link to one post from elsewhere (recent activity): open the page it is on.
    const location = await findPostLocation(query.post, threadPageSize);
    if (location?.questionId === id) redirect(`/questions/${id}/forum?page=${location.page}#post-${query.post}`);
  }
  const [user, { locale, t }, timeZone] = await Promise.all([getSessionUser(), getI18n(), getTimeZone()]);
  const thread = await getThreadPage(user, id, Number(query.page ?? 1));
  if (!thread) notFound();
  const [answers, letters] = await Promise.all([
    findCommunityAnswers(await requesterFrom(user), id),
    listChoiceLetters(id),
  ]);
  const basePath = `/questions/${id}/forum`;
  return (
    // The client components below (posts, composers, report forms) read forum and community texts.
    <Messages namespaces={["forum", "community"]}>
      <section className="narrow stack" aria-labelledby="thread-title">
        <p>
          <Link href={`/questions/${id}`}>← {t.forum.backToQuestion}</Link>
        </p>
        <h1 id="thread-title">{format(t.forum.threadTitle, { id })}</h1>
        <p className="lead">{format(t.forum.threadLead, { id })}</p>
        <div className={styles.toolbar}>
          <p className="meta">
            <span className="badge" data-testid="thread-post-count">
              {format(t.forum.postCount, { count: thread.postCount })}
            </span>
            {thread.isLocked ? <span className="badge">🔒 {t.forum.moderation.lockedBadge}</span> : null}
          </p>
          {thread.canModerate ? (
            <ActionButton
              action={setLockedAction}
              fields={{ questionId: id, isLocked: String(!thread.isLocked) }}
              label={thread.isLocked ? t.forum.moderation.unlock : t.forum.moderation.lock}
            />
          ) : null}
        </div>
        {thread.isLocked ? <p className="notice">{t.forum.composer.locked}</p> : null}
        {thread.isExamLocked ? (
          <p className="notice" role="status">
            {t.forum.errors.examRunning}
          </p>
        ) : (
          <CommunityAnswers answers={answers} />
        )}

        <Pagination basePath={basePath} page={thread.page} pageCount={thread.pageCount} />
        {thread.posts.length === 0 ? (
          // While the question is in the reader's running exam the posts are withheld, not absent.
          thread.isExamLocked ? null : (
            <p className="muted">{t.forum.noPostsYet}</p>
          )
        ) : (
          <ol className={styles.thread} aria-labelledby="thread-title">
            {thread.posts.map((post) => (
              <li key={post.id}>
                <PostCard
                  post={toClientPost(post, locale, timeZone)}
                  questionId={id}
                  actions={actions}
                  maxLength={postBodyMaxLength}
                  anonymous={t.auth.anonymous}
                />
              </li>
            ))}
          </ol>
        )}
        <Pagination basePath={basePath} page={thread.page} pageCount={thread.pageCount} />

        {thread.canPost ? (
          <NewPostComposer
            action={createPostAction}
            threadPath={basePath}
            fields={{ questionId: id }}
            maxLength={postBodyMaxLength}
            answerLetters={letters}
            purpose="ask"
          />
        ) : !user ? (
          <p className="notice">
            {t.forum.composer.signInToPost}{" "}
            <Link href={`/signin?callbackUrl=${encodeURIComponent(basePath)}`}>{t.forum.composer.signInLink}</Link>
          </p>
        ) : null}
        {user ? (
          <QuestionReportForm questionId={id} action={reportQuestionAction} maxLength={reportDetailsMaxLength} />
        ) : null}
      </section>
    </Messages>
  );
}
