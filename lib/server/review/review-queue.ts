import "server-only";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { endOfDay, startOfDay } from "@/lib/review/fsrs";
import { AppError } from "@/lib/errors";
import { createPracticeRound } from "@/lib/server/quiz/start-practice";
import { chooseVariantSeeds } from "@/lib/server/variants/find-variant";

export const DEFAULT_EXAM_ID = "saa-c03";
export const MAX_DAILY_LIMIT = 200;

export type ReviewQueue = {
  examId: string;
  dailyLimit: number;
  /** Reviews already done today (Japan time), any mode. */
  doneToday: number;
  /** Every question due by the end of today, leeches excluded. */
  dueCount: number;
  leechCount: number;
  /** What "start" serves now: due first (oldest first), then new questions, up to what is left of the daily limit. */
  questionIds: string[];
  dueServed: number;
  newServed: number;
};

/** The learner's queue for today in one question bank. `at` is the request clock (lib/request-context.ts). */
export async function getReviewQueue(userId: string, examId: string, at: Date): Promise<ReviewQueue> {
  const live = { examId, retiredAt: null };
  const [user, doneToday, due, leechCount] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { dailyReviewLimit: true } }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: startOfDay(at) } } }),
    db.reviewCard.findMany({
      where: { userId, isLeech: false, due: { lt: endOfDay(at) }, question: live },
      orderBy: [{ due: "asc" }, { questionId: "asc" }],
      select: { questionId: true },
    }),
    db.reviewCard.count({ where: { userId, isLeech: true, question: live } }),
  ]);
  const left = Math.max(0, user.dailyReviewLimit - doneToday);
  const dueIds = due.map((card) => card.questionId).slice(0, left);
  const fresh =
    left > dueIds.length
      ? await db.question.findMany({
          where: { ...live, reviewCards: { none: { userId } } },
          orderBy: { id: "asc" },
          take: left - dueIds.length,
          select: { id: true },
        })
      : [];
  return {
    examId,
    dailyLimit: user.dailyReviewLimit,
    doneToday,
    dueCount: due.length,
    leechCount,
    questionIds: [...dueIds, ...fresh.map((question) => question.id)],
    dueServed: dueIds.length,
    newServed: fresh.length,
  };
}

/** How many questions are due today across every bank (the home page's badge). */
export async function countDueToday(userId: string, at: Date): Promise<number> {
  return db.reviewCard.count({
    where: { userId, isLeech: false, due: { lt: endOfDay(at) }, question: { retiredAt: null } },
  });
}

/** Starts a practice round of today's queue; returns its attempt id. */
export async function startReviewRound(requester: AttemptRequester, examId: string, at: Date): Promise<string> {
  if (!requester.userId) throw new AppError("quiz.errors.signInForWrong");
  const queue = await getReviewQueue(requester.userId, examId, at);
  if (queue.questionIds.length === 0) throw new AppError("quiz.errors.noQuestions");
  const seeds = await chooseVariantSeeds(requester, queue.questionIds);
  return createPracticeRound(requester, examId, queue.questionIds, { source: "review" }, seeds);
}

/** Questions failed LEECH_FAILS times: served in a drill instead of the queue. */
export async function startLeechDrill(requester: AttemptRequester, examId: string): Promise<string> {
  if (!requester.userId) throw new AppError("quiz.errors.signInForWrong");
  const leeches = await db.reviewCard.findMany({
    where: { userId: requester.userId, isLeech: true, question: { examId, retiredAt: null } },
    orderBy: { wrongCount: "desc" },
    take: 20,
    select: { questionId: true },
  });
  const ids = leeches.map((card) => card.questionId);
  return createPracticeRound(requester, examId, ids, { source: "leech" }, await chooseVariantSeeds(requester, ids));
}

export async function setDailyReviewLimit(userId: string, limit: number): Promise<number> {
  const { dailyReviewLimit } = await db.user.update({
    where: { id: userId },
    data: { dailyReviewLimit: limit },
    select: { dailyReviewLimit: true },
  });
  return dailyReviewLimit;
}

/** For the home page: questions due today and whether the learner has answered anything yet. */
export async function getHomeReviewSummary(userId: string, at: Date): Promise<{ dueCount: number; tracked: number }> {
  const [dueCount, tracked] = await Promise.all([
    countDueToday(userId, at),
    db.reviewCard.count({ where: { userId } }),
  ]);
  return { dueCount, tracked };
}

/** Leeches of a learner in one bank (the drills page offers them as a drill of their own). */
export async function countLeeches(userId: string, examId: string): Promise<number> {
  return db.reviewCard.count({ where: { userId, isLeech: true, question: { examId, retiredAt: null } } });
}
