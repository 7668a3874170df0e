import "server-only";
import { State } from "ts-fsrs";
import { db } from "@/lib/db";
import { forecast } from "@/lib/review/fsrs";
import type { ReviewStats } from "@/lib/review/dto";

const RETENTION_DAYS = 30;

export async function getReviewStats(userId: string, at: Date): Promise<ReviewStats> {
  const since = new Date(at.getTime() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const [logs, dues, cards, leeches] = await Promise.all([
    db.reviewLog.groupBy({
      by: ["isCorrect"],
      where: { userId, reviewedAt: { gte: since }, stateBefore: { not: State.New } },
      _count: { _all: true },
    }),
    db.reviewCard.findMany({
      where: { userId, isLeech: false, due: { lt: new Date(at.getTime() + 8 * 24 * 60 * 60 * 1000) } },
      select: { due: true },
    }),
    db.reviewCard.count({ where: { userId } }),
    db.reviewCard.count({ where: { userId, isLeech: true } }),
  ]);
  const total = logs.reduce((sum, row) => sum + row._count._all, 0);
  const correct = logs.find((row) => row.isCorrect)?._count._all ?? 0;
  return {
    retention: total > 0 ? { correct, total } : null,
    forecast: forecast(
      dues.map((card) => card.due),
      at,
    ),
    cards,
    leeches,
  };
}
