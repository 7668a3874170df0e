import Link from "next/link";
import { format } from "@/lib/i18n/format";
import type { ForumMessages } from "@/lib/i18n/messages/forum";
import styles from "./forum.module.css";

/** The way into a question's thread, with its post count: for the question page and the explanation. */
export function ThreadLink({ questionId, postCount, t }: { questionId: string; postCount: number; t: ForumMessages }) {
  return (
    <p className={styles.threadLink}>
      <Link href={`/questions/${questionId}/forum`}>{t.questionLink}</Link>
      <span className="badge" data-testid="thread-post-count">
        {format(t.postCount, { count: postCount })}
      </span>
    </p>
  );
}
