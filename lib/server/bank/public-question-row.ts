import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicQuestion } from "@/lib/bank/dto";

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
