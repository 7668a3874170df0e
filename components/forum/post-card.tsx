"use client";
import { useState } from "react";
import type { ClientPost } from "@/components/forum/client-post";
import { Composer } from "@/components/forum/composer";
import { NewPostComposer } from "@/components/forum/new-post-composer";
import type { ForumActions } from "@/components/forum/forum-action";
import { PostActions } from "@/components/forum/post-actions";
import { SimulatorCard } from "@/components/forum/simulator-card";
import { useMessages } from "@/components/i18n/messages-provider";
import { format } from "@/lib/i18n/format";
import styles from "./forum.module.css";

type Props = {
  post: ClientPost;
  questionId: string;
  actions: ForumActions;
  maxLength: number;
  anonymous: string;
};

/** One post (and, for a top-level post, its replies): author line, body or placeholder, replay cards, actions. */
export function PostCard({ post, questionId, actions, maxLength, anonymous }: Props) {
  const t = useMessages("forum");
  const [mode, setMode] = useState<"view" | "edit" | "reply">("view");
  const headingId = `post-${post.id}-author`;
  const classes = [styles.post, post.isAccepted ? styles.accepted : "", post.state !== "live" ? styles.gone : ""].join(
    " ",
  );
  return (
    <article id={`post-${post.id}`} className={classes} aria-labelledby={headingId} data-testid="forum-post">
      <header className={styles.postHeader}>
        <strong id={headingId}>{post.state === "deleted" ? "—" : (post.author.name ?? anonymous)}</strong>
        {post.author.isAsker && post.state !== "deleted" ? <span className="badge">{t.post.asker}</span> : null}
        {post.author.isModerator && post.state !== "deleted" ? <span className="badge">{t.post.moderator}</span> : null}
        {post.isAccepted ? <span className={`badge ${styles.acceptedBadge}`}>✓ {t.post.accepted}</span> : null}
        <a href={`#post-${post.id}`} className={styles.time} aria-label={`${t.post.permalink}: ${post.createdAt.text}`}>
          <time dateTime={post.createdAt.iso}>{post.createdAt.text}</time>
        </a>
        {post.editedAt ? (
          <span className={styles.time}>
            <time dateTime={post.editedAt.iso}>{format(t.post.edited, { time: post.editedAt.text })}</time>
          </span>
        ) : null}
        {post.reportCount ? (
          <span className="badge">{format(t.post.reportCount, { count: post.reportCount })}</span>
        ) : null}
      </header>

      {post.state === "deleted" ? <p className={styles.placeholder}>{t.post.deleted}</p> : null}
      {post.state === "hidden" && post.bodyHtml === null ? <p className={styles.placeholder}>{t.post.hidden}</p> : null}
      {post.state === "hidden" && post.bodyHtml !== null ? (
        <p className="notice">{t.post.hiddenForModerators}</p>
      ) : null}

      {mode === "edit" && post.bodyMd !== null ? (
        <Composer
          action={actions.editPost}
          fields={{ postId: post.id }}
          initialBody={post.bodyMd}
          maxLength={maxLength}
          isAutoFocused
          onCancel={() => setMode("view")}
          onDone={() => setMode("view")}
          purpose="edit"
        />
      ) : post.bodyHtml !== null ? (
        // Sanitized when it was written (lib/forum/render-post.ts), and the CSP blocks inline script regardless.
        <div className={`prose ${styles.body}`} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      ) : null}

      {mode !== "edit" && post.answerSet.length > 0 ? (
        <p className={`badge ${styles.answerBadge}`} data-testid="stated-answer">
          {format(t.post.statedAnswer, { letters: post.answerSet.join(", ") })}
        </p>
      ) : null}

      {mode !== "edit" && post.simulatorLinks.length > 0 ? (
        <div className={styles.simCards}>
          {post.simulatorLinks.map((link) => (
            <SimulatorCard key={link.href} link={link} />
          ))}
        </div>
      ) : null}

      {mode === "view" ? (
        <PostActions
          post={post}
          actions={actions}
          onEdit={() => setMode("edit")}
          onReply={post.can.reply ? () => setMode("reply") : undefined}
        />
      ) : null}

      {post.replies.length > 0 ? (
        <ol className={styles.replies} aria-label={format(t.post.replies, { count: post.replies.length })}>
          {post.replies.map((reply) => (
            <li key={reply.id}>
              <PostCard
                post={reply}
                questionId={questionId}
                actions={actions}
                maxLength={maxLength}
                anonymous={anonymous}
              />
            </li>
          ))}
        </ol>
      ) : null}

      {mode === "reply" ? (
        <NewPostComposer
          action={actions.createPost}
          threadPath={`/questions/${questionId}/forum`}
          onPosted={() => setMode("view")}
          fields={{ questionId, parentId: post.id }}
          maxLength={maxLength}
          isAutoFocused
          onCancel={() => setMode("view")}
          purpose="reply"
        />
      ) : null}
    </article>
  );
}
