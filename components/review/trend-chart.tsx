import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import type { ExamTrend } from "@/lib/review/dto";
import styles from "./review.module.css";

type Props = { trend: ExamTrend };

const W = 560;
const H = 200;
const PAD = { left: 40, right: 12, top: 12, bottom: 24 };
const COLORS = ["var(--accent)", "var(--ok)", "var(--warn)", "var(--bad)"];

function xOf(index: number, count: number): number {
  return count <= 1
    ? PAD.left + (W - PAD.left - PAD.right) / 2
    : PAD.left + (index * (W - PAD.left - PAD.right)) / (count - 1);
}

function line(values: (number | undefined)[], yOf: (value: number) => number): string {
  return values
    .flatMap((value, index) =>
      value === undefined ? [] : [`${xOf(index, values.length).toFixed(1)},${yOf(value).toFixed(1)}`],
    )
    .join(" ");
}

/** Plain SVG: the estimated scaled score per exam (pass line 720), then accuracy per domain over the same exams. */
export async function TrendChart({ trend }: Props) {
  const t = (await getMessages("learning")).trend;
  const { points } = trend;
  if (points.length === 0) return <p className="muted">{t.none}</p>;
  const yScore = (score: number) => PAD.top + ((1000 - score) / 900) * (H - PAD.top - PAD.bottom);
  const yPercent = (value: number) => PAD.top + ((100 - value) / 100) * (H - PAD.top - PAD.bottom);
  const latest = points[points.length - 1]?.scaled ?? 0;
  return (
    <div className="stack" data-testid="trend">
      <h3>{t.scaled}</h3>
      <svg
        className={styles.trend}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={format(t.chartLabel, { count: points.length, latest })}
      >
        {[100, 400, 720, 1000].map((score) => (
          <g key={score}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={yScore(score)}
              y2={yScore(score)}
              stroke="var(--border)"
              strokeDasharray={score === 720 ? "4 3" : undefined}
            />
            <text x={PAD.left - 6} y={yScore(score) + 4} fontSize="11" textAnchor="end" fill="var(--muted)">
              {score}
            </text>
          </g>
        ))}
        <polyline
          points={line(
            points.map((point) => point.scaled),
            yScore,
          )}
          fill="none"
          stroke="var(--accent)"
          strokeWidth="2.5"
        />
        {points.map((point, index) => (
          <circle
            key={point.attemptId}
            cx={xOf(index, points.length)}
            cy={yScore(point.scaled)}
            r="4"
            fill="var(--accent)"
          >
            <title>{point.scaled}</title>
          </circle>
        ))}
      </svg>
      <p className="muted">{t.estimate}</p>
      <h3>{t.byDomain}</h3>
      <svg
        className={styles.trend}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={trend.domains
          .map((domain) =>
            format(t.domainLabel, {
              domain: domain.title,
              values: points.map((point) => point.domains[domain.slug] ?? "—").join(", "),
            }),
          )
          .join(" / ")}
      >
        {[0, 50, 100].map((value) => (
          <g key={value}>
            <line x1={PAD.left} x2={W - PAD.right} y1={yPercent(value)} y2={yPercent(value)} stroke="var(--border)" />
            <text x={PAD.left - 6} y={yPercent(value) + 4} fontSize="11" textAnchor="end" fill="var(--muted)">
              {value}%
            </text>
          </g>
        ))}
        {trend.domains.map((domain, index) => (
          <polyline
            key={domain.slug}
            points={line(
              points.map((point) => point.domains[domain.slug]),
              yPercent,
            )}
            fill="none"
            stroke={COLORS[index % COLORS.length]}
            strokeWidth="2"
          />
        ))}
      </svg>
      <ul className="row" aria-hidden="true">
        {trend.domains.map((domain, index) => (
          <li key={domain.slug} className={styles.legendItem}>
            <span className={styles.swatch} style={{ background: COLORS[index % COLORS.length] }} /> {domain.title}
          </li>
        ))}
      </ul>
    </div>
  );
}
