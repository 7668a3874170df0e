"use client";
import { useActionState, useId, useState } from "react";
import { ActionButton } from "@/components/forum/action-button";
import type { ClientPost } from "@/components/forum/client-post";
import type { ForumActions } from "@/components/forum/forum-action";
import { useMessages } from "@/components/i18n/messages-provider";
import { format } from "@/lib/i18n/format";
import styles from "./forum.module.css";

type Props = { post: ClientPost; actions: ForumActions; onEdit: () => void; onReply?: () => void };

/** The buttons this viewer may use on a post (the use cases check the same predicates again on the server). */
export function PostActions({ post, actions, onEdit, onReply }: Props) {
  const t = useMessages("forum");
  const [panel, setPanel] = useState<"none" | "delete" | "report">("none");
  const ref = { postId: post.id };
  return (
    <div className={styles.actions}>
      <span className={styles.votes} data-testid="vote-count">
        {format(t.post.helpfulCount, { count: post.voteCount })}
      </span>
      {post.can.vote ? (
        <ActionButton
          action={actions.setVote}
          fields={{ ...ref, isHelpful: String(!post.hasVoted) }}
          label={post.hasVoted ? t.post.removeHelpful : t.post.helpful}
        />
      ) : null}
      {post.can.accept ? (
        <ActionButton
          action={actions.setAccepted}
          fields={{ ...ref, isAccepted: String(!post.isAccepted) }}
          label={post.isAccepted ? t.post.unaccept : t.post.accept}
        />
      ) : null}
      {onReply ? (
        <button type="button" className="button button-quiet" onClick={onReply}>
          {t.post.replyTo}
        </button>
      ) : null}
      {post.can.edit ? (
        <button type="button" className="button button-quiet" onClick={onEdit}>
          {t.post.edit}
        </button>
      ) : null}
      {post.can.delete && panel !== "delete" ? (
        <button type="button" className="button button-quiet" onClick={() => setPanel("delete")}>
          {t.post.delete}
        </button>
      ) : null}
      {post.can.report && panel !== "report" ? (
        <button type="button" className="button button-quiet" onClick={() => setPanel("report")}>
          {t.post.report}
        </button>
      ) : null}
      {post.can.moderate ? (
        <ActionButton
          action={actions.setHidden}
          fields={{ ...ref, isHidden: String(post.state !== "hidden") }}
          label={post.state === "hidden" ? t.post.unhide : t.post.hide}
        />
      ) : null}

      {/* After the delete or report succeeds the page re-renders without that permission, and the panel goes with it. */}
      {panel === "delete" && post.can.delete ? (
        <div role="group" aria-label={t.post.confirmDelete} className={styles.confirm}>
          <p>{t.post.confirmDelete}</p>
          <ActionButton
            action={actions.deletePost}
            fields={ref}
            label={t.post.confirmDeleteYes}
            className="button button-danger"
          />
          <button type="button" className="button button-quiet" onClick={() => setPanel("none")}>
            {t.post.cancel}
          </button>
        </div>
      ) : null}
      {panel === "report" && post.can.report ? (
        <ReportForm postId={post.id} action={actions.reportPost} onCancel={() => setPanel("none")} />
      ) : null}
    </div>
  );
}

function ReportForm({
  postId,
  action,
  onCancel,
}: {
  postId: string;
  action: ForumActions["reportPost"];
  onCancel: () => void;
}) {
  const t = useMessages("forum");
  const [state, formAction, isPending] = useActionState(action, null);
  const id = useId();
  if (state?.ok)
    return (
      <p role="status" className="alert-ok">
        {t.post.reported}
      </p>
    );
  return (
    <form action={formAction} className={styles.confirm}>
      <input type="hidden" name="postId" value={postId} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t.post.reportReason}</label>
        <select id={`${id}-reason`} name="reason" defaultValue="spam">
          {Object.entries(t.post.reportReasons).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={isPending}>
          {t.post.reportSubmit}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t.post.cancel}
        </button>
      </div>
      {state && !state.ok ? (
        <p role="alert" className="alert-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
