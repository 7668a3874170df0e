import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { MisconceptionSummary } from "@/lib/review/dto";
import { countPicks } from "@/lib/server/review/count-picks";

/**
 * Every misconception that some live question tests, the most tested first (a drill of more questions first; ties by
 * id, a stable order), with how often this learner fell for it (0 signed out).
 */
export async function listMisconceptions(userId: string | null, locale: Locale): Promise<MisconceptionSummary[]> {
  const [catalogue, picked] = await Promise.all([
    db.misconception.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        nameJa: true,
        nameEn: true,
        explanationJa: true,
        explanationEn: true,
        choices: { where: { question: { retiredAt: null } }, select: { questionId: true } },
      },
    }),
    userId ? countPicks(userId) : Promise.resolve(new Map<string, number>()),
  ]);
  return catalogue
    .map((m) => ({
      id: m.id,
      name: locale === "en" ? m.nameEn : m.nameJa,
      explanation: locale === "en" ? m.explanationEn : m.explanationJa,
      questionCount: new Set(m.choices.map((choice) => choice.questionId)).size,
      timesPicked: picked.get(m.id) ?? 0,
    }))
    .filter((m) => m.questionCount > 0)
    .sort((a, b) => b.questionCount - a.questionCount || a.id.localeCompare(b.id));
}
