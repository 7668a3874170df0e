import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import type { ReviewStats } from "@/lib/review/dto";
import styles from "./review.module.css";

type Props = { stats: ReviewStats };

/** Retention over the last 30 days and the next 7 days' load, as a small bar chart (plain SVG-free HTML bars). */
export async function ReviewStatsPanel({ stats }: Props) {
  const t = (await getMessages("learning")).stats;
  const max = Math.max(1, ...stats.forecast);
  return (
    <section className="card stack" aria-labelledby="review-stats">
      <h2 id="review-stats" className={styles.cardTitle}>
        {t.title}
      </h2>
      <dl className={styles.facts}>
        <dt>{t.retention}</dt>
        <dd data-testid="retention">
          {stats.retention
            ? format(t.retentionValue, {
                percent: Math.round((stats.retention.correct / stats.retention.total) * 100),
                correct: stats.retention.correct,
                total: stats.retention.total,
              })
            : t.noReviews}
        </dd>
        <dt>{t.cards}</dt>
        <dd>{stats.cards}</dd>
        <dt>{t.leeches}</dt>
        <dd>{stats.leeches}</dd>
      </dl>
      <h3>{t.forecast}</h3>
      <ol className={styles.forecast} data-testid="forecast">
        {stats.forecast.map((count, day) => (
          <li key={day} aria-label={`${day === 0 ? t.dayToday : format(t.dayN, { n: day })}: ${count}`}>
            <span className={styles.forecastBar} style={{ height: `${Math.round((count / max) * 100)}%` }} />
            <span className={styles.forecastCount}>{count}</span>
            <span className={styles.forecastDay}>{day === 0 ? t.dayToday : format(t.dayN, { n: day })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
