import "server-only";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { StoredFeedback } from "@/lib/server/quiz/grade-answer-sql";
import type { GradedQuestion } from "@/lib/quiz/dto";

const referencesSchema = z.array(z.object({ title: z.string(), url: z.string() })).catch([]);

/** The key and explanations in the reader's language (else Japanese), from the stored texts of every language. */
export function gradedQuestionFrom(questionId: string, stored: StoredFeedback, locale: Locale): GradedQuestion {
  const lang: Locale = stored.texts.some((text) => text.lang === locale) ? locale : "ja";
  const pick = <T extends { lang: string }>(texts: T[]): T | undefined =>
    texts.find((text) => text.lang === lang) ?? texts[0];
  const text = pick(stored.texts);
  return {
    questionId,
    lang,
    keyLetters: stored.choices.filter((choice) => choice.isCorrect).map((choice) => choice.letter),
    explanationHtml: text?.explanationHtml ?? "",
    references: referencesSchema.parse(text?.references ?? []),
    hasScenario: stored.hasScenario,
    choices: stored.choices.map((choice) => ({
      letter: choice.letter,
      isCorrect: choice.isCorrect,
      explanationHtml: pick(choice.texts)?.explanationHtml ?? "",
    })),
  };
}
