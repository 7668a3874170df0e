import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { format } from "@/lib/i18n/format";
import type { PracticeRound } from "@/lib/server/quiz/get-practice-round";
import styles from "./quiz.module.css";

type Props = { round: PracticeRound; t: Dictionary };

/** The end of a practice round: the score and every question with its result, each reopening with its explanation. */
export function PracticeSummary({ round, t }: Props) {
  const correct = round.items.filter((item) => item.isCorrect === true).length;
  return (
    <section className="narrow stack" aria-labelledby="practice-summary">
      <h1 id="practice-summary">{t.quiz.practice.summaryTitle}</h1>
      <p className={styles.bigNumber} data-testid="practice-score">{format(t.quiz.practice.summaryScore, { correct, total: round.items.length })}</p>
      <h2>{t.quiz.practice.answerList}</h2>
      <ol className={styles.summaryList}>
        {round.items.map((item) => (
          <li key={item.position}>
            <Link href={`/practice/${round.attemptId}?q=${item.position + 1}`}>
              {format(t.quiz.report.questionN, { n: item.position + 1 })} ({item.questionId})
            </Link>{" "}
            {!item.isGraded ? (
              <span className="muted">{t.quiz.practice.unanswered}</span>
            ) : item.isCorrect ? (
              <span className={styles.ok}>✓ {t.quiz.feedback.correct}</span>
            ) : (
              <span className={styles.bad}>✗ {t.quiz.feedback.incorrect}</span>
            )}
          </li>
        ))}
      </ol>
      <p>
        <Link className="button" href={`/practice?exam=${round.examId}`}>{t.quiz.practice.again}</Link>
      </p>
    </section>
  );
}
