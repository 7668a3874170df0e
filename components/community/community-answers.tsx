import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import type { AnswerSetCount, CommunityAnswers as Answers } from "@/lib/community/dto";
import styles from "./community.module.css";

async function SetList({ sets, label }: { sets: AnswerSetCount[]; label: string }) {
  const t = (await getMessages("community")).answers;
  if (sets.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <ol className={styles.sets} aria-label={label}>
      {sets.slice(0, 6).map((set) => {
        const percent = Math.round(set.share * 100);
        return (
          <li key={set.letters.join(",")} className={set.isKey ? styles.key : undefined} data-testid="answer-set">
            <span className={styles.letters}>{set.letters.join(", ")}</span>
            <span>{set.isKey ? <span className="badge">{t.key}</span> : null}</span>
            <span className={styles.bar} aria-hidden="true">
              <span style={{ width: `${Math.max(percent, 1)}%` }} />
            </span>
            <span className={styles.share}>{format(t.share, { count: set.count, percent })}</span>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * How other candidates answered: the sets chosen in graded answers, and the sets stated in forum posts, beside the key.
 * Without `answers` (the viewer has not answered yet, or the question is in their running exam) it only says so.
 */
export async function CommunityAnswers({ answers }: { answers: Answers | null }) {
  const t = (await getMessages("community")).answers;
  return (
    <section className={`card stack ${styles.community}`} aria-labelledby="community-answers-title">
      <h2 id="community-answers-title">{t.title}</h2>
      {answers ? (
        <>
          <p className="muted">{t.lead}</p>
          <h3>{format(t.graded, { total: answers.graded.total })}</h3>
          <SetList sets={answers.graded.sets} label={format(t.graded, { total: answers.graded.total })} />
          <h3>{format(t.stated, { total: answers.stated.total })}</h3>
          <SetList sets={answers.stated.sets} label={format(t.stated, { total: answers.stated.total })} />
          {answers.communityTop ? (
            <p data-testid="community-top">{format(t.communityTop, { letters: answers.communityTop.join(", ") })}</p>
          ) : null}
          {answers.communityTop && answers.communityTop.join(",") !== answers.key.join(",") ? (
            <p className="notice">{t.disagrees}</p>
          ) : null}
        </>
      ) : (
        <p className="muted">{t.locked}</p>
      )}
    </section>
  );
}
