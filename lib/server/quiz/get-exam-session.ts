import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { expireIfOverdue } from "@/lib/server/quiz/finish-exam";
import { getOwnedAttempt } from "@/lib/server/quiz/owned-attempt";
import { listPublicQuestions } from "@/lib/server/quiz/public-questions";
import type { ExamSession } from "@/lib/quiz/dto";

/**
 * A running exam as its owner resumes it: the public questions (no key, no explanations) and what was saved.
 * Returns "finished" when it was submitted, or has just been expired because its deadline passed.
 */
export async function getExamSession(
  requester: AttemptRequester,
  attemptId: string,
  locale: Locale,
): Promise<ExamSession | "finished"> {
  const attempt = await getOwnedAttempt(requester, attemptId);
  if (attempt.mode !== "EXAM") throw new AppError("quiz.errors.attemptNotFound");
  if (await expireIfOverdue(attempt)) return "finished";
  const [items, exam, serverNow] = await Promise.all([
    db.attemptItem.findMany({
      where: { attemptId },
      orderBy: { position: "asc" },
      select: { position: true, questionId: true, selected: true, flagged: true },
    }),
    db.exam.findUniqueOrThrow({ where: { id: attempt.examId }, select: { titleJa: true, titleEn: true } }),
    now(),
  ]);
  return {
    attemptId,
    examTitle: locale === "en" ? exam.titleEn : exam.titleJa,
    deadlineAt: (attempt.deadlineAt ?? serverNow).toISOString(),
    serverNow: serverNow.toISOString(),
    questions: await listPublicQuestions(
      items.map((item) => item.questionId),
      locale,
    ),
    items: items.map((item) => ({ position: item.position, selected: item.selected, isFlagged: item.flagged })),
  };
}

/** The user's exams still running (to offer "resume" on the exam page); overdue ones are not listed. */
export async function listRunningExams(
  userId: string,
): Promise<{ id: string; examId: string; deadlineAt: Date | null; total: number | null; setNumber: number | null }[]> {
  return db.attempt.findMany({
    where: { userId, mode: "EXAM", status: "IN_PROGRESS", deadlineAt: { gt: await now() } },
    orderBy: { startedAt: "desc" },
    select: { id: true, examId: true, deadlineAt: true, total: true, setNumber: true },
  });
}
