import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { estimateScaledScore, percent } from "@/lib/quiz/score";
import type { ExamTrend } from "@/lib/review/dto";

/** The user's finished mock exams of one bank, oldest first: the estimated scaled score and the accuracy per domain. */
export async function getExamTrend(userId: string, locale: Locale, examId = "saa-c03", limit = 30): Promise<ExamTrend> {
  const [exam, attempts] = await Promise.all([
    db.exam.findUnique({
      where: { id: examId },
      select: {
        passingScore: true,
        domains: { orderBy: { position: "asc" }, select: { id: true, slug: true, titleJa: true, titleEn: true } },
      },
    }),
    db.attempt.findMany({
      where: { userId, examId, mode: "EXAM", status: { in: ["SUBMITTED", "EXPIRED"] } },
      orderBy: { startedAt: "desc" },
      take: limit,
      select: {
        id: true,
        finishedAt: true,
        startedAt: true,
        items: { select: { isCorrect: true, question: { select: { domainId: true } } } },
      },
    }),
  ]);
  if (!exam) return { domains: [], points: [] };
  const points = attempts.reverse().map((attempt) => {
    const correct = attempt.items.filter((item) => item.isCorrect === true).length;
    const domains: Record<string, number> = {};
    for (const domain of exam.domains) {
      const mine = attempt.items.filter((item) => item.question.domainId === domain.id);
      if (mine.length > 0)
        domains[domain.slug] = percent(mine.filter((item) => item.isCorrect === true).length, mine.length);
    }
    return {
      attemptId: attempt.id,
      finishedAt: attempt.finishedAt ?? attempt.startedAt,
      scaled: estimateScaledScore(correct, attempt.items.length, exam.passingScore),
      correct,
      total: attempt.items.length,
      domains,
    };
  });
  return {
    domains: exam.domains.map((domain) => ({
      slug: domain.slug,
      title: locale === "en" ? domain.titleEn : domain.titleJa,
    })),
    points,
  };
}
