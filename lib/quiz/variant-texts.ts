import type { Locale } from "@/lib/i18n/locales";
import type { TemplateTexts, Variant } from "@/lib/netsim/authoring";
import type { PublicQuestion } from "@/lib/bank/dto";
import type { GradedQuestion } from "@/lib/quiz/dto";

/** A variant (類題) laid over the question the learner sees: pure, no database (findVariant derives the variant). */

/** A variant's texts in the reader's language (Japanese when there is no translation). */
export function variantTexts(variant: Variant, locale: Locale): { lang: Locale; texts: TemplateTexts } | null {
  const texts = variant.texts[locale];
  if (texts) return { lang: locale, texts };
  return variant.texts.ja ? { lang: "ja", texts: variant.texts.ja } : null;
}

/** The question as served before grading, with the variant's stem and choices (no key, no explanations). */
export function withVariantQuestion(question: PublicQuestion, variant: Variant): PublicQuestion {
  const picked = variantTexts(variant, question.lang);
  if (!picked) return question;
  const html = new Map(picked.texts.choices.map((c) => [c.letter, c.text]));
  return {
    ...question,
    stemHtml: picked.texts.stem,
    choices: question.choices.map((c) => ({ ...c, html: html.get(c.letter) ?? c.html })),
    variantSeed: variant.seed,
  };
}

/** The key and explanations after grading, the variant's: its derived key and its rewritten explanations. */
export function withVariantFeedback(graded: GradedQuestion, variant: Variant): GradedQuestion {
  const picked = variantTexts(variant, graded.lang);
  const explanation = new Map(picked?.texts.choices.map((c) => [c.letter, c.explanation]) ?? []);
  return {
    ...graded,
    keyLetters: [...variant.key],
    explanationHtml: picked?.texts.explanation ?? graded.explanationHtml,
    choices: graded.choices.map((c) => ({
      ...c,
      isCorrect: variant.key.includes(c.letter),
      explanationHtml: explanation.get(c.letter) ?? c.explanationHtml,
    })),
    variantSeed: variant.seed,
  };
}
