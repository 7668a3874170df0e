import Link from "next/link";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import styles from "./forum.module.css";

/** The way into a question's thread, with its post count: for the question page and the explanation. */
export async function ThreadLink({ questionId, postCount }: { questionId: string; postCount: number }) {
  const t = await getMessages("forum");
  return (
    <p className={styles.threadLink}>
      <Link href={`/questions/${questionId}/forum`}>{t.questionLink}</Link>
      <span className="badge" data-testid="thread-post-count">
        {format(t.postCount, { count: postCount })}
      </span>
    </p>
  );
}
