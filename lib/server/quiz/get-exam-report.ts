import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import { estimateScaledScore, scoreByDomain } from "@/lib/quiz/score";
import { quizError } from "@/lib/server/quiz/errors";
import { expireIfOverdue } from "@/lib/server/quiz/finish-exam";
import { getOwnedAttempt } from "@/lib/server/quiz/owned-attempt";

export type ExamReport = {
  attemptId: string;
  examTitle: string;
  status: "SUBMITTED" | "EXPIRED";
  correct: number;
  total: number;
  passingScore: number;
  scaledEstimate: number;
  domains: { slug: string; title: string; correct: number; total: number }[];
  wrong: { position: number; questionId: string; domainTitle: string }[];
};

/** The report of a finished exam (an overdue one is finished first); "not finished" reads as not found. */
export async function getExamReport(requester: AttemptRequester, attemptId: string, locale: Locale): Promise<ExamReport> {
  const owned = await getOwnedAttempt(requester, attemptId);
  if (owned.mode !== "EXAM" || !(await expireIfOverdue(owned))) throw quizError("attemptNotFound");
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      status: true,
      exam: { select: { titleJa: true, titleEn: true, passingScore: true, domains: { orderBy: { position: "asc" }, select: { id: true, slug: true, titleJa: true, titleEn: true } } } },
      items: { orderBy: { position: "asc" }, select: { position: true, questionId: true, isCorrect: true, question: { select: { domainId: true } } } },
    },
  });
  const titleOf = (domain: { titleJa: string; titleEn: string }) => (locale === "en" ? domain.titleEn : domain.titleJa);
  const domainById = new Map(attempt.exam.domains.map((domain) => [domain.id, domain]));
  const graded = attempt.items.map((item) => ({ domainId: item.question.domainId, isCorrect: item.isCorrect === true }));
  const correct = graded.filter((item) => item.isCorrect).length;
  return {
    attemptId,
    examTitle: locale === "en" ? attempt.exam.titleEn : attempt.exam.titleJa,
    status: attempt.status === "EXPIRED" ? "EXPIRED" : "SUBMITTED",
    correct,
    total: graded.length,
    passingScore: attempt.exam.passingScore,
    scaledEstimate: estimateScaledScore(correct, graded.length, attempt.exam.passingScore),
    domains: scoreByDomain(graded, attempt.exam.domains.map((domain) => domain.id))
      .filter((score) => score.total > 0)
      .map((score) => {
        const domain = domainById.get(score.domainId);
        return { slug: domain?.slug ?? score.domainId, title: domain ? titleOf(domain) : score.domainId, correct: score.correct, total: score.total };
      }),
    wrong: attempt.items
      .filter((item) => item.isCorrect !== true)
      .map((item) => {
        const domain = domainById.get(item.question.domainId);
        return { position: item.position, questionId: item.questionId, domainTitle: domain ? titleOf(domain) : "" };
      }),
  };
}
