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
  const due = await db.reviewCard.findMany({
    where: {
      userId,
      isLeech: false,
      due: { lt: endOfDay(at) },
      question: { retiredAt: null, examId: { not: mainExamId } },
    },
    select: { question: { select: { exam: { select: { id: true, titleJa: true, titleEn: true } } } } },
  });
  const banks = new Map<string, SideBank>();
  for (const card of due) {
    const { exam } = card.question;
    const bank = banks.get(exam.id) ?? {
      examId: exam.id,
      title: locale === "en" ? exam.titleEn : exam.titleJa,
      dueCount: 0,
    };
    bank.dueCount += 1;
    banks.set(exam.id, bank);
  }
  return [...banks.values()].sort((a, b) => a.title.localeCompare(b.title, locale));
}
