import Link from "next/link";
import { StartRoundButton } from "@/components/quiz/start-round-button";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { ASSUMED_CUT_RATIO, percent } from "@/lib/quiz/score";
import type { ExamReport as Report } from "@/lib/quiz/dto";
import styles from "./quiz.module.css";

export const REPORT_FILTERS = ["all", "wrong", "unanswered", "flagged", "right"] as const;
export type ReportFilter = (typeof REPORT_FILTERS)[number];

type Props = {
  report: Report;
  filter: ReportFilter;
  retryAction: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
};

function matches(item: Report["items"][number], filter: ReportFilter): boolean {
  if (filter === "all") return true;
  if (filter === "flagged") return item.isFlagged;
  return item.status === filter;
}

/**
 * The result of a mock exam: raw score, the ESTIMATED scaled score, a bar chart by domain, and the wrong answers.
 * A server component: it reads its own messages.
 */
export async function ExamReport({ report, filter, retryAction }: Props) {
  const { t } = await getI18n();
  const r = t.quiz.report;
  const l = t.learning.report;
  const shown = report.items.filter((item) => matches(item, filter));
  const isPass = report.scaledEstimate >= report.passingScore;
  const cutPercent = Math.round(ASSUMED_CUT_RATIO * 100);
  return (
    <article className="stack" aria-labelledby="report-title">
      <h1 id="report-title">{r.title}</h1>
      <p className="meta">
        {report.examTitle}
        {report.setNumber !== null ? ` · ${format(t.quiz.exam.setName, { n: report.setNumber })}` : null}
      </p>
      {report.status === "EXPIRED" ? <p className="notice">{r.expired}</p> : null}
      <div className={styles.scoreCards}>
        <section className="card" aria-labelledby="raw-score">
          <h2 id="raw-score" className={styles.cardTitle}>
            {r.raw}
          </h2>
          <p className={styles.bigNumber} data-testid="raw-score">
            {format(r.rawValue, {
              correct: report.correct,
              total: report.total,
              percent: percent(report.correct, report.total),
            })}
          </p>
        </section>
        <section className="card" aria-labelledby="scaled-score" aria-describedby="scaled-note">
          <h2 id="scaled-score" className={styles.cardTitle}>
            {r.scaled}
          </h2>
          <p className={styles.bigNumber} data-testid="scaled-score">
            {format(r.scaledValue, { score: report.scaledEstimate })}
          </p>
          <p className={isPass ? "alert-ok" : "alert-error"}>
            {format(isPass ? r.pass : r.fail, { passing: report.passingScore })}
          </p>
          <p id="scaled-note" className="muted">
            {format(r.estimateNote, { cut: cutPercent })}
          </p>
        </section>
      </div>
      <section aria-labelledby="by-domain">
        <h2 id="by-domain">{r.byDomain}</h2>
        <p className="muted">{format(r.passTick, { cut: cutPercent })}</p>
        <ul className={styles.chart} data-testid="domain-chart">
          {report.domains.map((domain) => {
            const value = percent(domain.correct, domain.total);
            return (
              <li key={domain.slug} className={styles.chartRow} data-testid={`domain-${domain.slug}`}>
                <span>{domain.title}</span>
                <span>{format(r.domainValue, { correct: domain.correct, total: domain.total, percent: value })}</span>
                <span
                  className={styles.chartTrack}
                  role="meter"
                  aria-label={domain.title}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={value}
                  aria-valuetext={`${value}%`}
                >
                  <span className={styles.chartFill} style={{ width: `${value}%` }} />
                  <span className={styles.chartPass} style={{ left: `${cutPercent}%` }} aria-hidden="true" />
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="all-questions">
        <h2 id="all-questions">{l.allQuestions}</h2>
        <p className="meta" data-testid="time-used">
          {l.timeUsed}:{" "}
          {format(l.timeValue, { used: Math.round(report.timeUsedMs / 60_000), allowed: report.minutesAllowed })}
        </p>
        <nav aria-label={l.filters} className="row">
          {REPORT_FILTERS.map((name) => (
            <Link
              key={name}
              href={`/exam/${report.attemptId}${name === "all" ? "" : `?filter=${name}`}`}
              aria-current={name === filter ? "page" : undefined}
              className={name === filter ? "button" : "button button-quiet"}
              replace
              scroll={false}
            >
              {format(l.filterCount, {
                label: l.filter[name],
                count: report.items.filter((item) => matches(item, name)).length,
              })}
            </Link>
          ))}
        </nav>
        {shown.length === 0 ? (
          <p>{filter === "wrong" ? r.noWrong : l.none}</p>
        ) : (
          <>
            <ol className={styles.summaryList} data-testid="report-items">
              {shown.map((item) => (
                <li key={item.position} data-status={item.status}>
                  <Link href={`/exam/${report.attemptId}/review/${item.position + 1}`}>
                    {format(r.questionN, { n: item.position + 1 })}: {r.review}
                  </Link>{" "}
                  <span
                    className={item.status === "right" ? styles.ok : item.status === "wrong" ? styles.bad : "muted"}
                  >
                    {l.status[item.status]}
                  </span>
                  {item.isFlagged ? <span className="badge">{l.flagged}</span> : null}{" "}
                  <span className="muted">
                    ({item.questionId}, {item.domainTitle})
                  </span>
                </li>
              ))}
            </ol>
            <StartRoundButton
              action={retryAction}
              fields={{ examId: report.examId, questionIds: shown.map((item) => item.questionId), size: shown.length }}
              label={format(l.retryThese, { count: shown.length })}
              testId="retry-these"
            />
          </>
        )}
      </section>
    </article>
  );
}
