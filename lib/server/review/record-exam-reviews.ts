import "server-only";
import { db } from "@/lib/db";
import { recordReview } from "@/lib/server/review/record-review";

/** Every answered item of a finished exam, as reviews at the time it was graded. Unanswered items are not recall attempts. */
export async function recordExamReviews(attemptId: string, at: Date): Promise<void> {
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: {
      userId: true,
      mode: true,
      items: {
        where: { gradedAt: { not: null } },
        select: { position: true, questionId: true, selected: true, isCorrect: true },
      },
    },
  });
  if (!attempt?.userId || attempt.mode !== "EXAM") return;
  for (const item of attempt.items) {
    if (item.selected.length === 0) continue;
    await recordReview(
      {
        userId: attempt.userId,
        attemptId,
        position: item.position,
        questionId: item.questionId,
        isCorrect: item.isCorrect === true,
      },
      at,
    );
  }
}
