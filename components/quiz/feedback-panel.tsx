"use client";
import Link from "next/link";
import { useMessages } from "@/components/i18n/messages-provider";
import { ScenarioSlot } from "@/components/quiz/scenario-slot";
import type { Feedback } from "@/lib/quiz/dto";
import type { MisconceptionNote } from "@/lib/review/dto";
import styles from "./quiz.module.css";

type Props = { feedback: Feedback & { misconceptions?: MisconceptionNote[] } };

/**
 * What a candidate sees after an answer is graded: right or wrong, the key, why each choice is right or wrong, the
 * 解説, the references and the forum thread. Rendered by the practice client and the exam review page alike, below a
 * <Messages namespaces={["answerForm"]}>.
 */
export function FeedbackPanel({ feedback }: Props) {
  const { feedback: t, answer } = useMessages("answerForm");
  const { misconceptionTitle } = answer;
  const letters = (list: string[]) => (list.length > 0 ? list.join(", ") : t.none);
  return (
    <section className={styles.feedback} aria-labelledby={`verdict-${feedback.questionId}`} data-testid="feedback">
      <p
        id={`verdict-${feedback.questionId}`}
        className={feedback.isCorrect ? `alert-ok ${styles.verdict}` : `alert-error ${styles.verdict}`}
        role="status"
      >
        <strong>{feedback.isCorrect ? `✓ ${t.correct}` : `✗ ${t.incorrect}`}</strong>
        <span>
          {t.yourAnswer}: {letters(feedback.selected)}
        </span>
        <span>
          {t.key}: <strong data-testid="key">{letters(feedback.keyLetters)}</strong>
        </span>
      </p>
      {feedback.misconceptions && feedback.misconceptions.length > 0 ? (
        <aside className="notice" aria-label={misconceptionTitle} data-testid="misconceptions">
          {feedback.misconceptions.map((note) => (
            <p key={`${note.letter}-${note.id}`}>
              <strong>
                {misconceptionTitle} ({note.letter}): {note.name}
              </strong>
              <br />
              {note.explanation}
            </p>
          ))}
        </aside>
      ) : null}
      <h2>{t.choiceExplanations}</h2>
      <ol className={styles.choiceExplanations}>
        {feedback.choices.map((choice) => {
          const isChosen = feedback.selected.includes(choice.letter);
          return (
            <li
              key={choice.letter}
              className={choice.isCorrect ? styles.rightChoice : isChosen ? styles.wrongChoice : undefined}
            >
              <p className={styles.choiceHead}>
                <span className="choice-letter">{choice.letter}</span>
                {choice.isCorrect ? <span className={styles.tagRight}>{t.correctChoice}</span> : null}
                {isChosen ? <span className={styles.tagChosen}>{t.yourChoice}</span> : null}
              </p>
              <div
                className="prose"
                lang={feedback.lang}
                dangerouslySetInnerHTML={{ __html: choice.explanationHtml }}
              />
            </li>
          );
        })}
      </ol>
      <h2>{t.explanation}</h2>
      <div className="prose" lang={feedback.lang} dangerouslySetInnerHTML={{ __html: feedback.explanationHtml }} />
      <ScenarioSlot
        questionId={feedback.questionId}
        hasScenario={feedback.hasScenario}
        selected={feedback.selected}
        variantSeed={feedback.variantSeed}
      />
      {feedback.references.length > 0 ? (
        <>
          <h2>{t.references}</h2>
          <ul className={styles.references}>
            {feedback.references.map((reference) => (
              <li key={reference.url}>
                <a href={reference.url} rel="noopener noreferrer" target="_blank">
                  {reference.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={`/questions/${feedback.questionId}/forum`}>{t.forum}</Link>
        {feedback.variantSeed !== undefined ? (
          <>
            {" · "}
            <Link
              href={`/questions/${feedback.questionId}/simulate?seed=${feedback.variantSeed}`}
              data-testid="variant-replay"
            >
              {t.variantReplay}
            </Link>
          </>
        ) : null}
      </p>
    </section>
  );
}
