import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { PublicQuestion } from "@/lib/bank/dto";
import { VariantBadge } from "@/components/quiz/variant-badge";

type Props = {
  question: PublicQuestion;
  showLanguageNotice?: boolean;
  /** The quiz screens render the choices themselves, as form controls. */
  hideChoices?: boolean;
};

/**
 * The stem, the instruction ("choose 3") and the choices, read-only (a server component: it reads its own messages).
 * HTML was sanitized when the bank was seeded.
 */
export async function QuestionView({ question, showLanguageNotice = false, hideChoices = false }: Props) {
  const { t } = await getI18n();
  const difficulty =
    t.question.difficulty[question.difficulty as keyof typeof t.question.difficulty] ?? question.difficulty;
  return (
    <>
      <p className="meta">
        <span className="badge">{question.examCode}</span>
        {question.variantSeed !== undefined ? <VariantBadge label={t.quiz.variant} note={t.quiz.variantNote} /> : null}
        <span>
          {t.question.questionId}: {question.id}
        </span>
        <span>
          {t.question.domain}: {question.domainTitle}
        </span>
        <span>
          {t.question.difficultyLabel}: {difficulty}
        </span>
      </p>
      {showLanguageNotice ? <p className="notice">{t.question.onlyJapanese}</p> : null}
      {question.variantSeed !== undefined ? <p className="notice">{t.quiz.variantNote}</p> : null}
      <div
        className="prose question-stem"
        lang={question.lang}
        dangerouslySetInnerHTML={{ __html: question.stemHtml }}
      />
      <p>
        <strong>
          {question.choose > 1 ? format(t.question.chooseMany, { count: question.choose }) : t.question.chooseOne}
        </strong>
      </p>
      {hideChoices ? null : (
        <ol className="choice-list" aria-label={t.question.choices}>
          {question.choices.map((choice) => (
            <li key={choice.letter} className="choice">
              <span className="choice-letter" aria-hidden="true">
                {choice.letter}
              </span>
              <div className="prose" lang={question.lang} dangerouslySetInnerHTML={{ __html: choice.html }} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
