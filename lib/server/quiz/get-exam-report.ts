import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import { estimateScaledScore, scoreByDomain } from "@/lib/quiz/score";
import { AppError } from "@/lib/errors";
import { expireIfOverdue } from "@/lib/server/quiz/expire-if-overdue";
import { getOwnedAttempt } from "@/lib/server/quiz/owned-attempt";
import type { ExamReport } from "@/lib/quiz/dto";

/** The report of a finished exam (an overdue one is finished first); "not finished" reads as not found. */
export async function getExamReport(
  requester: AttemptRequester,
  attemptId: string,
  locale: Locale,
  now: Date,
): Promise<ExamReport> {
  const owned = await getOwnedAttempt(requester, attemptId);
  if (owned.mode !== "EXAM" || !(await expireIfOverdue(owned, now))) throw new AppError("quiz.errors.attemptNotFound");
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      status: true,
      examId: true,
      setNumber: true,
      startedAt: true,
      finishedAt: true,
      deadlineAt: true,
      exam: {
        select: {
          titleJa: true,
          titleEn: true,
          passingScore: true,
          domains: { orderBy: { position: "asc" }, select: { id: true, slug: true, titleJa: true, titleEn: true } },
        },
      },
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          questionId: true,
          isCorrect: true,
          selected: true,
          flagged: true,
          question: { select: { domainId: true } },
        },
      },
    },
  });
  const titleOf = (domain: { titleJa: string; titleEn: string }) => (locale === "en" ? domain.titleEn : domain.titleJa);
  const domainById = new Map(attempt.exam.domains.map((domain) => [domain.id, domain]));
  const graded = attempt.items.map((item) => ({
    domainId: item.question.domainId,
    isCorrect: item.isCorrect === true,
  }));
  const correct = graded.filter((item) => item.isCorrect).length;
  const finishedAt = attempt.finishedAt ?? attempt.deadlineAt ?? attempt.startedAt;
  return {
    attemptId,
    examId: attempt.examId,
    timeUsedMs: Math.max(0, finishedAt.getTime() - attempt.startedAt.getTime()),
    minutesAllowed: attempt.deadlineAt
      ? Math.round((attempt.deadlineAt.getTime() - attempt.startedAt.getTime()) / 60_000)
      : 0,
    items: attempt.items.map((item) => {
      const domain = domainById.get(item.question.domainId);
      const status = item.selected.length === 0 ? "unanswered" : item.isCorrect === true ? "right" : "wrong";
      return {
        position: item.position,
        questionId: item.questionId,
        domainTitle: domain ? titleOf(domain) : "",
        status,
        isFlagged: item.flagged,
      };
    }),
    examTitle: locale === "en" ? attempt.exam.titleEn : attempt.exam.titleJa,
    setNumber: attempt.setNumber,
    status: attempt.status === "EXPIRED" ? "EXPIRED" : "SUBMITTED",
    correct,
    total: graded.length,
    passingScore: attempt.exam.passingScore,
    scaledEstimate: estimateScaledScore(correct, graded.length, attempt.exam.passingScore),
    domains: scoreByDomain(
      graded,
      attempt.exam.domains.map((domain) => domain.id),
    )
      .filter((score) => score.total > 0)
      .map((score) => {
        const domain = domainById.get(score.domainId);
        return {
          slug: domain?.slug ?? score.domainId,
          title: domain ? titleOf(domain) : score.domainId,
          correct: score.correct,
          total: score.total,
        };
      }),
    wrong: attempt.items
      .filter((item) => item.isCorrect !== true)
      .map((item) => {
        const domain = domainById.get(item.question.domainId);
        return { position: item.position, questionId: item.questionId, domainTitle: domain ? titleOf(domain) : "" };
      }),
  };
}
