import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { MisconceptionNote } from "@/lib/review/dto";

/**
 * The misconceptions behind the wrong choices a learner picked, by name. Call only after grading (the tags point at
 * wrong choices, so they reveal part of the key).
 */
export async function misconceptionsOfPicks(
  questionId: string,
  selected: string[],
  locale: Locale,
): Promise<MisconceptionNote[]> {
  if (selected.length === 0) return [];
  const rows = await db.choiceMisconception.findMany({
    where: { questionId, letter: { in: selected } },
    orderBy: { letter: "asc" },
    select: {
      letter: true,
      misconception: { select: { id: true, nameJa: true, nameEn: true, explanationJa: true, explanationEn: true } },
    },
  });
  return rows.map(({ letter, misconception: m }) => ({
    letter,
    id: m.id,
    name: locale === "en" ? m.nameEn : m.nameJa,
    explanation: locale === "en" ? m.explanationEn : m.explanationJa,
  }));
}
