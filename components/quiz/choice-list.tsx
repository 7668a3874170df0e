import type { PublicQuestion } from "@/lib/bank/dto";
import styles from "./quiz.module.css";

type Props = { question: PublicQuestion; selected: readonly string[]; keyLetters: readonly string[]; label: string };

/** The choices of a graded question, read-only, marked right (key) and wrong (chosen but not in the key). */
export function ChoiceList({ question, selected, keyLetters, label }: Props) {
  // The marks of the controls the candidate answered with: a radio's for one answer, a checkbox's for several.
  const [chosenMark, openMark] = question.choose > 1 ? ["☑", "☐"] : ["●", "○"];
  return (
    <ol className={styles.choices} aria-label={label}>
      {question.choices.map((choice) => {
        const mark = keyLetters.includes(choice.letter)
          ? styles.choiceRight
          : selected.includes(choice.letter)
            ? styles.choiceWrong
            : "";
        return (
          <li key={choice.letter} className={`${styles.choiceLabel} ${styles.choiceStatic} ${mark}`}>
            <span aria-hidden="true">{selected.includes(choice.letter) ? chosenMark : openMark}</span>
            <span className="choice-letter">{choice.letter}</span>
            <div className="prose" lang={question.lang} dangerouslySetInnerHTML={{ __html: choice.html }} />
          </li>
        );
      })}
    </ol>
  );
}
