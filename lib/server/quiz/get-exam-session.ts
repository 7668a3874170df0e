import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { expireIfOverdue } from "@/lib/server/quiz/expire-if-overdue";
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
  now: Date,
): Promise<ExamSession | "finished"> {
  const attempt = await getOwnedAttempt(requester, attemptId);
  if (attempt.mode !== "EXAM") throw new AppError("quiz.errors.attemptNotFound");
  if (await expireIfOverdue(attempt, now)) return "finished";
  const serverNow = now;
  const [items, exam] = await Promise.all([
    db.attemptItem.findMany({
      where: { attemptId },
      orderBy: { position: "asc" },
      select: { position: true, questionId: true, selected: true, flagged: true },
    }),
    db.exam.findUniqueOrThrow({ where: { id: attempt.examId }, select: { titleJa: true, titleEn: true } }),
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
