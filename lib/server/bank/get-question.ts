import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";

/**
 * What the browser may see of a question before it is graded: no correctness flag, no explanations.
 * The select below names every field on purpose, so a new column never leaks by default.
 */
export type PublicQuestion = {
  id: string;
  examId: string;
  examCode: string;
  domainSlug: string;
  domainTitle: string;
  difficulty: string;
  topics: string[];
  choose: number;
  hasScenario: boolean;
  lang: Locale; // the language actually shown (Japanese when no translation exists)
  stemHtml: string;
  choices: { letter: string; html: string }[];
  /** Set when a review or drill item serves a variant (類題) of the question: the texts above are the variant's. */
  variantSeed?: number;
};

export const publicQuestionSelect = {
  id: true,
  examId: true,
  difficulty: true,
  topics: true,
  choose: true,
  hasScenario: true,
  exam: { select: { code: true } },
  domain: { select: { slug: true, titleJa: true, titleEn: true } },
  texts: { select: { lang: true, stemHtml: true } },
  choices: { orderBy: { position: "asc" }, select: { letter: true, texts: { select: { lang: true, html: true } } } },
} satisfies Prisma.QuestionSelect;

type PublicQuestionRow = Prisma.QuestionGetPayload<{ select: typeof publicQuestionSelect }>;

/** Maps a row read with publicQuestionSelect to the DTO, in the reader's language or else Japanese. */
export function toPublicQuestion(question: PublicQuestionRow, locale: Locale): PublicQuestion {
  const lang: Locale = question.texts.some((text) => text.lang === locale) ? locale : "ja";
  const pick = <T extends { lang: string }>(texts: T[]): T | undefined =>
    texts.find((text) => text.lang === lang) ?? texts[0];
  return {
    id: question.id,
    examId: question.examId,
    examCode: question.exam.code,
    domainSlug: question.domain.slug,
    domainTitle: locale === "en" ? question.domain.titleEn : question.domain.titleJa,
    difficulty: question.difficulty,
    topics: question.topics,
    choose: question.choose,
    hasScenario: question.hasScenario,
    lang,
    stemHtml: pick(question.texts)?.stemHtml ?? "",
    choices: question.choices.map((choice) => ({ letter: choice.letter, html: pick(choice.texts)?.html ?? "" })),
  };
}

/** Finds a live question in the reader's language (falling back to Japanese); null when unknown or retired. */
export async function findPublicQuestion(id: string, locale: Locale): Promise<PublicQuestion | null> {
  const question = await db.question.findFirst({ where: { id, retiredAt: null }, select: publicQuestionSelect });
  return question ? toPublicQuestion(question, locale) : null;
}
