import Link from "next/link";
import { StartRoundButton } from "@/components/quiz/start-round-button";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { PracticeRound } from "@/lib/quiz/dto";
import styles from "./quiz.module.css";

type Props = {
  round: PracticeRound;
  retryAction: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
};

/**
 * The end of a practice round: the score and every question with its result, each reopening with its explanation.
 * A server component: it reads its own messages.
 */
export async function PracticeSummary({ round, retryAction }: Props) {
  const { t } = await getI18n();
  const correct = round.items.filter((item) => item.isCorrect === true).length;
  const wrong = round.items.filter((item) => item.isGraded && item.isCorrect !== true).map((item) => item.questionId);
  return (
    <section className="narrow stack" aria-labelledby="practice-summary">
      <h1 id="practice-summary">{t.quiz.practice.summaryTitle}</h1>
      <p className={styles.bigNumber} data-testid="practice-score">
        {format(t.quiz.practice.summaryScore, { correct, total: round.items.length })}
      </p>
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
      <div className="row">
        {wrong.length > 0 ? (
          <StartRoundButton
            action={retryAction}
            fields={{ examId: round.examId, questionIds: wrong, size: wrong.length }}
            label={format(t.quiz.practice.retryWrong, { count: wrong.length })}
            testId="retry-wrong"
          />
        ) : null}
        <Link className="button button-quiet" href={`/practice?exam=${round.examId}`}>
          {t.quiz.practice.again}
        </Link>
      </div>
    </section>
  );
}
