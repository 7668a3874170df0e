import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { estimateScaledScore } from "@/lib/quiz/score";
import { expireOverdueExamsOf } from "@/lib/server/quiz/expire-overdue-exams-of";

export type AttemptRow = {
  id: string;
  mode: "PRACTICE" | "EXAM";
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
  examCode: string;
  examTitle: string;
  /** A mock exam of a fixed set (模擬試験 N); null for a random draw or practice. */
  setNumber: number | null;
  startedAt: Date;
  correct: number;
  answered: number;
  total: number;
  /** Finished mock exams only: the ESTIMATED scaled score (lib/quiz/score.ts). */
  scaledEstimate: number | null;
};

/** A user's own attempts, newest first (overdue exams are finished first, so none shows as running forever). */
export async function listAttempts(userId: string, locale: Locale, now: Date, limit = 100): Promise<AttemptRow[]> {
  await expireOverdueExamsOf(userId, now);
  const attempts = await db.attempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: limit,
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      setNumber: true,
      correct: true,
      total: true,
      exam: { select: { code: true, titleJa: true, titleEn: true, passingScore: true } },
      items: { select: { gradedAt: true, isCorrect: true } },
    },
  });
  return attempts.map((attempt) => {
    const correct = attempt.correct ?? attempt.items.filter((item) => item.isCorrect === true).length;
    const total = attempt.total ?? attempt.items.length;
    const isFinishedExam = attempt.mode === "EXAM" && attempt.status !== "IN_PROGRESS";
    return {
      id: attempt.id,
      mode: attempt.mode,
      status: attempt.status,
      examCode: attempt.exam.code,
      examTitle: locale === "en" ? attempt.exam.titleEn : attempt.exam.titleJa,
      setNumber: attempt.setNumber,
      startedAt: attempt.startedAt,
      correct,
      answered: attempt.items.filter((item) => item.gradedAt !== null).length,
      total,
      scaledEstimate: isFinishedExam ? estimateScaledScore(correct, total, attempt.exam.passingScore) : null,
    };
  });
}
