import "server-only";
import { db } from "@/lib/db";
import { endOfDay, startOfDay } from "@/lib/review/fsrs";

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

/**
 * What a queue serves: due questions, then (`newQuestions`, the default) questions never seen to fill the daily limit.
 * A bank the learner studies on the side (the review page's "other banks") serves its due questions only.
 */
export type QueueOptions = { newQuestions?: boolean };

/** The learner's queue for today in one question bank. `at` is the request clock (lib/request-context.ts). */
export async function getReviewQueue(
  userId: string,
  examId: string,
  at: Date,
  { newQuestions = true }: QueueOptions = {},
): Promise<ReviewQueue> {
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
    newQuestions && left > dueIds.length
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
