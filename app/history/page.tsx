import type { Metadata } from "next";
import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/dates";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { getTimeZone } from "@/lib/i18n/time-zone";
import { listAttempts } from "@/lib/server/quiz/list-attempts";
import { getExamTrend } from "@/lib/server/review/exam-trend";
import { TrendChart } from "@/components/review/trend-chart";
import styles from "@/components/quiz/quiz.module.css";
import reviewStyles from "@/components/review/review.module.css";
import { requestNow } from "@/lib/request-context";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.quiz.history.title };
}

/** The signed-in user's own practice rounds and mock exams, newest first. */
export default async function HistoryPage() {
  const [{ locale, t }, user, timeZone] = await Promise.all([getI18n(), getSessionUser(), getTimeZone()]);
  const h = t.quiz.history;
  if (!user) {
    return (
      <div className="stack">
        <h1>{h.title}</h1>
        <p className="notice">
          {h.signInRequired} <Link href="/signin?callbackUrl=%2Fhistory">{t.quiz.exam.signIn}</Link>
        </p>
      </div>
    );
  }
  const rows = await listAttempts(user.id, locale, await requestNow());
  const trend = await getExamTrend(user.id, locale);
  return (
    <div className="stack">
      <h1>{h.title}</h1>
      <section aria-labelledby="trend-title" className="card">
        <h2 id="trend-title" className={reviewStyles.cardTitle}>
          {t.learning.trend.title}
        </h2>
        <TrendChart trend={trend} />
      </section>
      {rows.length === 0 ? (
        <p>{h.empty}</p>
      ) : (
        <div className={reviewStyles.scroll}>
          <table className={styles.history}>
            <thead>
              <tr>
                <th scope="col">{h.started}</th>
                <th scope="col">{h.mode}</th>
                <th scope="col">{h.exam}</th>
                <th scope="col">{h.score}</th>
                <th scope="col">{t.learning.trend.scaledColumn}</th>
                <th scope="col">{h.status}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid={`attempt-${row.id}`}>
                  <td className={styles.started}>
                    <Link href={row.mode === "EXAM" ? `/exam/${row.id}` : `/practice/${row.id}`}>
                      {formatDateTime(row.startedAt, locale, timeZone).text}
                    </Link>
                  </td>
                  <td className={styles.mode}>{h.modes[row.mode]}</td>
                  <td className={styles.exam}>
                    {row.examCode}
                    {row.setNumber !== null ? ` · ${format(t.quiz.exam.setName, { n: row.setNumber })}` : null}
                  </td>
                  <td className={styles.score} data-testid="score">
                    {row.status === "IN_PROGRESS" && row.mode === "EXAM" ? "—" : `${row.correct} / ${row.total}`}
                  </td>
                  <td className={styles.scaled} data-testid="scaled" data-label={t.learning.trend.scaledColumn}>
                    {row.scaledEstimate ?? "—"}
                  </td>
                  <td className={styles.status}>{h.statuses[row.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
