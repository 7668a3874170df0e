import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicQuestion } from "@/lib/server/bank/get-question";

/**
 * Many questions as the browser may see them before grading (no key, no explanations), in the given order.
 * Like findPublicQuestion, but one query for a whole exam; retired questions are included (an attempt keeps them).
 */
export async function listPublicQuestions(ids: readonly string[], locale: Locale): Promise<PublicQuestion[]> {
  const rows = await db.question.findMany({
    where: { id: { in: [...ids] } },
    select: {
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
    },
  });
  const byId = new Map(
    rows.map((question) => {
      const lang: Locale = question.texts.some((text) => text.lang === locale) ? locale : "ja";
      const pick = <T extends { lang: string }>(texts: T[]): T | undefined => texts.find((text) => text.lang === lang) ?? texts[0];
      const dto: PublicQuestion = {
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
      return [question.id, dto] as const;
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
