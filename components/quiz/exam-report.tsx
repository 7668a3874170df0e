import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { format } from "@/lib/i18n/format";
import { ASSUMED_CUT_RATIO, percent } from "@/lib/quiz/score";
import type { ExamReport as Report } from "@/lib/server/quiz/get-exam-report";
import styles from "./quiz.module.css";

type Props = { report: Report; t: Dictionary };

/** The result of a mock exam: raw score, the ESTIMATED scaled score, a bar chart by domain, and the wrong answers. */
export function ExamReport({ report, t }: Props) {
  const r = t.quiz.report;
  const isPass = report.scaledEstimate >= report.passingScore;
  const cutPercent = Math.round(ASSUMED_CUT_RATIO * 100);
  return (
    <article className="stack" aria-labelledby="report-title">
      <h1 id="report-title">{r.title}</h1>
      <p className="meta">{report.examTitle}</p>
      {report.status === "EXPIRED" ? <p className="notice">{r.expired}</p> : null}
      <div className={styles.scoreCards}>
        <section className="card" aria-labelledby="raw-score">
          <h2 id="raw-score" className={styles.cardTitle}>{r.raw}</h2>
          <p className={styles.bigNumber} data-testid="raw-score">{format(r.rawValue, { correct: report.correct, total: report.total, percent: percent(report.correct, report.total) })}</p>
        </section>
        <section className="card" aria-labelledby="scaled-score" aria-describedby="scaled-note">
          <h2 id="scaled-score" className={styles.cardTitle}>{r.scaled}</h2>
          <p className={styles.bigNumber} data-testid="scaled-score">{format(r.scaledValue, { score: report.scaledEstimate })}</p>
          <p className={isPass ? "alert-ok" : "alert-error"}>{format(isPass ? r.pass : r.fail, { passing: report.passingScore })}</p>
          <p id="scaled-note" className="muted">{format(r.estimateNote, { cut: cutPercent })}</p>
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
                <span className={styles.chartTrack} role="meter" aria-label={domain.title} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={`${value}%`}>
                  <span className={styles.chartFill} style={{ width: `${value}%` }} />
                  <span className={styles.chartPass} style={{ left: `${cutPercent}%` }} aria-hidden="true" />
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="wrong-answers">
        <h2 id="wrong-answers">{r.wrong}</h2>
        {report.wrong.length === 0 ? (
          <p>{r.noWrong}</p>
        ) : (
          <ol className={styles.summaryList}>
            {report.wrong.map((item) => (
              <li key={item.position}>
                <Link href={`/exam/${report.attemptId}/review/${item.position + 1}`}>
                  {format(r.questionN, { n: item.position + 1 })}: {r.review}
                </Link>{" "}
                <span className="muted">({item.questionId}, {item.domainTitle})</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
