import { useMessages } from "@/components/i18n/messages-provider";
import { ExplainPending, useExplainMessages } from "@/components/netsim/explain-messages";
import { format } from "@/lib/i18n/format";
import { explain, type ChoiceAnalysis, type ExplainMessages, type InvalidChange } from "@/lib/netsim";
import styles from "./netsim.module.css";

type Props = {
  choices: { letter: string; html: string }[];
  on: string[];
  /** Until the player is hydrated: the switches are server HTML, and a change there would be undone. */
  isDisabled: boolean;
  analysis: ChoiceAnalysis | null;
  invalid: InvalidChange[];
  isGoalMet: boolean;
  answer?: string[] | undefined;
  onToggle: (letter: string) => void;
  onSet: (letters: string[]) => void;
};

/** One switch per answer choice; a choice that is on shows its verdict and why, from analyzeChoices(). */
export function WhatIfPanel({ choices, on, isDisabled, analysis, invalid, isGoalMet, answer, onToggle, onSet }: Props) {
  const t = useMessages("netsim").whatIf;
  const sentences = useExplainMessages();
  return (
    <fieldset className={styles.whatIf} disabled={isDisabled}>
      <legend className={styles.panelTitle}>{t.title}</legend>
      <p className={styles.hint}>{t.lead}</p>
      {answer && answer.length > 0 && answer.join() === on.join() ? (
        <p className={styles.hint} data-testid="on-answer">
          {format(t.openedOnAnswer, { letters: answer.join(", ") })}
        </p>
      ) : null}
      <ul className={styles.choiceToggles}>
        {choices.map((choice) => {
          const isOn = on.includes(choice.letter);
          const verdict = analysis?.choices[choice.letter];
          const skipped = invalid.filter((item) => item.choice === choice.letter);
          return (
            <li key={choice.letter} data-on={isOn ? "true" : undefined}>
              <label className={styles.toggle}>
                <input
                  type="checkbox"
                  checked={isOn}
                  onChange={() => onToggle(choice.letter)}
                  aria-describedby={isOn ? `netsim-verdict-${choice.letter}` : undefined}
                />
                <span className="choice-letter" aria-hidden="true">
                  {choice.letter}
                </span>
                <span className="sr-only">{format(t.choice, { letter: choice.letter })}: </span>
                <span className={styles.choiceText} dangerouslySetInnerHTML={{ __html: choice.html }} />
              </label>
              {isOn && verdict ? (
                <p
                  id={`netsim-verdict-${choice.letter}`}
                  className={styles.verdictLine}
                  data-testid={`verdict-${choice.letter}`}
                >
                  <span className={styles.verdictBadge} data-verdict={verdict.verdict}>
                    {t.verdicts[verdict.verdict]}
                  </span>{" "}
                  {sentences ? explain(verdict.reason, sentences) : <ExplainPending />}
                </p>
              ) : null}
              {isOn && !verdict && skipped[0] ? (
                <p id={`netsim-verdict-${choice.letter}`} className={styles.verdictLine}>
                  {sentences ? (
                    format(t.skipped, {
                      reason:
                        sentences.invalid[
                          (skipped[0].reason.params?.kind ?? "other") as keyof ExplainMessages["invalid"]
                        ] ?? sentences.invalid.other,
                    })
                  ) : (
                    <ExplainPending />
                  )}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="row">
        <button type="button" className="button button-quiet" onClick={() => onSet([])} disabled={on.length === 0}>
          {t.reset}
        </button>
        {answer ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onSet(answer)}
            aria-pressed={answer.join() === on.join()}
          >
            {t.myAnswer}
          </button>
        ) : null}
        {analysis && analysis.derivedKey.length > 0 ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onSet(analysis.derivedKey)}
            aria-pressed={analysis.derivedKey.join() === on.join()}
          >
            {t.allCorrect}
          </button>
        ) : null}
      </div>
      <p className={isGoalMet ? "alert-ok" : "notice"} aria-live="polite" data-testid="goal-status">
        {isGoalMet ? t.goalMet : t.goalNotMet}
      </p>
    </fieldset>
  );
}
