import type { Metadata } from "next";
import Link from "next/link";
import { Messages } from "@/components/i18n/messages";
import { DailyLimitForm } from "@/components/review/daily-limit-form";
import { ReviewStatsPanel } from "@/components/review/review-stats-panel";
import styles from "@/components/review/review.module.css";
import { StartRoundButton } from "@/components/quiz/start-round-button";
import { getSessionUser } from "@/lib/auth/session";
import { requestNow } from "@/lib/request-context";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { DEFAULT_EXAM_ID, MAX_DAILY_LIMIT } from "@/lib/review/queue-settings";
import { getReviewQueue } from "@/lib/server/review/get-review-queue";
import { listSideBanks } from "@/lib/server/review/list-side-banks";
import { getReviewStats } from "@/lib/server/review/review-stats";
import { setDailyLimitAction, startDueReviewAction, startLeechDrillAction, startReviewAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.learning.review.title, robots: { index: false } };
}

/** 今日の復習: today's FSRS queue (due, then new, up to the learner's daily limit), the limit, leeches and the memory stats. */
export default async function ReviewPage() {
  const [{ t, locale }, user] = await Promise.all([getI18n(), getSessionUser()]);
  const r = t.learning.review;
  if (!user) {
    return (
      <section className="narrow stack">
        <h1>{r.title}</h1>
        <p className="lead">{r.lead}</p>
        <p className="notice">
          {r.signIn} <Link href="/signin?callbackUrl=%2Freview">{t.quiz.exam.signIn}</Link>
        </p>
      </section>
    );
  }
  const at = await requestNow();
  const [queue, stats, sideBanks] = await Promise.all([
    getReviewQueue(user.id, DEFAULT_EXAM_ID, at),
    getReviewStats(user.id, at),
    listSideBanks(user.id, DEFAULT_EXAM_ID, at, locale),
  ]);
  const left = Math.max(0, queue.dailyLimit - queue.doneToday);
  return (
    <section className="narrow stack" aria-labelledby="review-title">
      <h1 id="review-title">{r.title}</h1>
      <p className="lead">{r.lead}</p>
      <dl className={styles.queue}>
        <div>
          <dt>{r.due}</dt>
          <dd data-testid="due-count">{queue.dueCount}</dd>
        </div>
        <div>
          <dt>{r.new}</dt>
          <dd data-testid="new-count">{queue.newServed}</dd>
        </div>
        <div>
          <dt>{r.remaining}</dt>
          <dd data-testid="left-count">{left}</dd>
        </div>
      </dl>
      {queue.questionIds.length > 0 ? (
        <StartRoundButton
          action={startReviewAction}
          fields={{ examId: queue.examId }}
          label={format(r.start, { count: queue.questionIds.length })}
          testId="start-review"
        />
      ) : (
        <p className="alert-ok">{r.nothing}</p>
      )}
      <Messages namespaces={["learning"]}>
        <DailyLimitForm action={setDailyLimitAction} limit={queue.dailyLimit} max={MAX_DAILY_LIMIT} />
      </Messages>
      {queue.leechCount > 0 ? (
        <div className="card stack">
          <p>{format(r.leeches, { count: queue.leechCount })}</p>
          <StartRoundButton
            action={startLeechDrillAction}
            fields={{ examId: queue.examId }}
            label={r.leechDrill}
            className="button button-quiet"
          />
        </div>
      ) : null}
      {sideBanks.length > 0 ? (
        <section className="card stack" aria-labelledby="review-side-title" data-testid="side-banks">
          <h2 id="review-side-title" className={styles.cardTitle}>
            {r.sideTitle}
          </h2>
          <p>{r.sideLead}</p>
          <ul className={styles.sideBanks}>
            {sideBanks.map((bank) => (
              <li key={bank.examId}>
                <span>
                  <strong>{bank.title}</strong> {format(r.sideDue, { count: bank.dueCount })}
                </span>
                {left > 0 ? (
                  <StartRoundButton
                    action={startDueReviewAction}
                    fields={{ examId: bank.examId }}
                    label={format(r.sideStart, { title: bank.title, count: Math.min(bank.dueCount, left) })}
                    className="button button-quiet"
                    testId={`start-review-${bank.examId}`}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ReviewStatsPanel stats={stats} />
      <p>
        <Link href="/mastery">{t.learning.mastery.open}</Link>
      </p>
    </section>
  );
}
