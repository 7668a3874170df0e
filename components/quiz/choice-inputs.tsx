"use client";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import type { PublicQuestion } from "@/lib/bank/dto";
import styles from "./quiz.module.css";

type Props = {
  question: PublicQuestion;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  legend: string;
  isDisabled?: boolean;
  /** After grading: the key, to colour right and wrong choices. */
  keyLetters?: readonly string[];
};

/**
 * The choices as real form controls: radios for one answer, checkboxes for several. A multi-select cannot go past
 * the number asked for (the other boxes are disabled at the limit), which is how the UI enforces "choose N". They are
 * disabled until hydrated: a pick on the server's HTML would show as chosen while the answer stays empty.
 */
export function ChoiceInputs({ question, selected, onChange, legend, isDisabled = false, keyLetters }: Props) {
  const isHydrated = useIsHydrated();
  const isMulti = question.choose > 1;
  const isFull = isMulti && selected.length >= question.choose;
  const toggle = (letter: string) => {
    if (!isMulti) return onChange([letter]);
    onChange(selected.includes(letter) ? selected.filter((item) => item !== letter) : [...selected, letter].sort());
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className="sr-only">{legend}</legend>
      <ol className={styles.choices}>
        {question.choices.map((choice, index) => {
          const isChecked = selected.includes(choice.letter);
          const mark = keyLetters
            ? keyLetters.includes(choice.letter)
              ? styles.choiceRight
              : isChecked
                ? styles.choiceWrong
                : ""
            : "";
          return (
            <li key={choice.letter}>
              <label className={`${styles.choiceLabel} ${mark}`}>
                <input
                  type={isMulti ? "checkbox" : "radio"}
                  name={`choice-${question.id}`}
                  value={choice.letter}
                  checked={isChecked}
                  disabled={!isHydrated || isDisabled || (isFull && !isChecked)}
                  onChange={() => toggle(choice.letter)}
                  aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
                />
                <span className="choice-letter">{choice.letter}</span>
                <div className="prose" lang={question.lang} dangerouslySetInnerHTML={{ __html: choice.html }} />
              </label>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

/** Number key 1–9 → the letter of that choice, or null. */
export function letterForKey(question: PublicQuestion, key: string): string | null {
  if (!/^[1-9]$/.test(key)) return null;
  return question.choices[Number(key) - 1]?.letter ?? null;
}

/** True when a key press belongs to a text field, so shortcuts must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type);
}
