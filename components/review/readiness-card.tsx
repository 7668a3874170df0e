import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { MIN_SEEN, type Readiness } from "@/lib/review/readiness";
import styles from "./review.module.css";

type Props = { readiness: Readiness };

const x = (score: number) => 10 + ((score - 100) / 900) * 380;

/** The estimated scaled score with its 90% range on a 100–1000 scale (inline SVG), labelled as an estimate. */
export async function ReadinessCard({ readiness }: Props) {
  const t = (await getMessages("learning")).readiness;
  return (
    <section
      className="card stack"
      aria-labelledby="readiness-title"
      aria-describedby="readiness-note"
      data-testid="readiness"
    >
      <h2 id="readiness-title" className={styles.cardTitle}>
        {t.title}
      </h2>
      <p className={styles.readinessScore} data-testid="readiness-score" data-score={readiness.score}>
        {format(t.value, { score: readiness.score })}
      </p>
      <p>{format(t.range, { low: readiness.low, high: readiness.high })}</p>
      <svg
        className={styles.gauge}
        viewBox="0 0 400 44"
        role="img"
        aria-label={`${format(t.range, { low: readiness.low, high: readiness.high })} · ${t.passing}`}
      >
        <rect x="10" y="16" width="380" height="8" rx="4" fill="var(--surface-2)" stroke="var(--border)" />
        <rect
          x={x(readiness.low)}
          y="14"
          width={Math.max(2, x(readiness.high) - x(readiness.low))}
          height="12"
          rx="4"
          fill="var(--accent)"
          opacity="0.35"
        />
        <circle cx={x(readiness.score)} cy="20" r="6" fill="var(--accent)" />
        <line x1={x(720)} x2={x(720)} y1="6" y2="34" stroke="var(--text)" strokeDasharray="3 2" />
        <text x={x(720)} y="44" fontSize="10" textAnchor="middle" fill="var(--muted)">
          720
        </text>
        <text x="10" y="44" fontSize="10" fill="var(--muted)">
          100
        </text>
        <text x="390" y="44" fontSize="10" textAnchor="end" fill="var(--muted)">
          1000
        </text>
      </svg>
      {readiness.seen < MIN_SEEN ? <p className="notice">{format(t.few, { seen: readiness.seen })}</p> : null}
      <p id="readiness-note" className="muted">
        {t.note}
      </p>
    </section>
  );
}
