import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { StoredFeedback } from "@/lib/server/quiz/grade-answer-sql";

/** The key and every explanation of a question: what a candidate sees AFTER grading, never before. */
export type GradedQuestion = {
  questionId: string;
  lang: Locale;
  keyLetters: string[];
  explanationHtml: string;
  references: { title: string; url: string }[];
  hasScenario: boolean;
  choices: { letter: string; isCorrect: boolean; explanationHtml: string }[];
  /** Set when the item served a variant (類題): the texts and key above are the variant's. */
  variantSeed?: number;
};

/** One graded item as shown to its owner: the key plus what they chose. */
export type Feedback = GradedQuestion & { position: number; selected: string[]; isCorrect: boolean };

const referencesSchema = z.array(z.object({ title: z.string(), url: z.string() })).catch([]);

/**
 * Loads the key and explanations. Integrity (habit 6): call it only for an item that is graded (practice) or an
 * attempt that is finished (exam); it is the one read of Choice.isCorrect that feeds a response.
 */
export async function getGradedQuestion(questionId: string, locale: Locale): Promise<GradedQuestion> {
  const question = await db.question.findUniqueOrThrow({
    where: { id: questionId },
    select: {
      hasScenario: true,
      texts: { select: { lang: true, explanationHtml: true, references: true } },
      choices: {
        orderBy: { position: "asc" },
        select: { letter: true, isCorrect: true, texts: { select: { lang: true, explanationHtml: true } } },
      },
    },
  });
  return gradedQuestionFrom(questionId, question, locale);
}

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
