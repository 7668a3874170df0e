import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { endOfDay } from "@/lib/review/fsrs";

/** A bank other than the one the review page leads with, in which the learner has questions due today. */
export type SideBank = { examId: string; title: string; dueCount: number };

/**
 * The other banks the learner has studied (answered questions in, so they have review cards) with questions due by
 * the end of today, leeches and retired questions excluded, in the exams' order of title. Their rounds serve due
 * questions only (startReviewRound with `newQuestions: false`): new questions come from the bank the learner prepares.
 */
export async function listSideBanks(userId: string, mainExamId: string, at: Date, locale: Locale): Promise<SideBank[]> {
  // One count per bank in the database (a card per learner and question), not a row per due card.
  const exams = await db.exam.findMany({
    where: { id: { not: mainExamId } },
    select: {
      id: true,
      titleJa: true,
      titleEn: true,
      _count: {
        select: {
          questions: {
            where: { retiredAt: null, reviewCards: { some: { userId, isLeech: false, due: { lt: endOfDay(at) } } } },
          },
        },
      },
    },
  });
  return exams
    .filter((exam) => exam._count.questions > 0)
    .map((exam) => ({
      examId: exam.id,
      title: locale === "en" ? exam.titleEn : exam.titleJa,
      dueCount: exam._count.questions,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}
