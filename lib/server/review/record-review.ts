import "server-only";
import { db } from "@/lib/db";
import { LEECH_FAILS, newCardRow, recallProbability, scheduleAnswer, type Confidence } from "@/lib/review/fsrs";

export type ReviewInput = {
  userId: string;
  attemptId: string;
  position: number;
  questionId: string;
  isCorrect: boolean;
  confidence?: Confidence | undefined;
  elapsedMs?: number | undefined;
};

/**
 * The step after grading: moves the user's FSRS memory state of the question (practice, single question, exam).
 * Once per attempt item: the log row is inserted only when the attempt is this user's and the item was not logged yet,
 * so a retried request or a second call cannot count twice. A question failed LEECH_FAILS times becomes a leech.
 * Returns false when nothing changed (already recorded, or not the user's attempt).
 */
export async function recordReview(input: ReviewInput, at: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const card = await tx.reviewCard.findUnique({ where: { userId_questionId: { userId: input.userId, questionId: input.questionId } } });
    const before = card ?? { ...newCardRow(at), wrongCount: 0, isLeech: false, lastIsCorrect: false };
    const { card: next, rating } = scheduleAnswer(before, input, at);
    const recallBefore = card ? recallProbability(card, at) : null;
    const inserted = await tx.$executeRaw`
      INSERT INTO "ReviewLog" (id, "userId", "questionId", "attemptId", position, rating, "isCorrect", "stateBefore", "recallBefore", "reviewedAt")
      SELECT gen_random_uuid()::text, ${input.userId}, ${input.questionId}, ${input.attemptId}, ${input.position}, ${rating}, ${input.isCorrect},
             ${before.state}, ${recallBefore}, ${at}
      FROM "Attempt" WHERE id = ${input.attemptId} AND "userId" = ${input.userId}
      ON CONFLICT ("attemptId", position) DO NOTHING`;
    if (inserted === 0) return false;
    const wrongCount = before.wrongCount + (input.isCorrect ? 0 : 1);
    // A leech stays one until it is answered right again; then it rejoins the queue with a fresh count.
    const isLeech = input.isCorrect ? false : wrongCount >= LEECH_FAILS;
    const leech = { wrongCount: input.isCorrect && before.isLeech ? 0 : wrongCount, isLeech, lastIsCorrect: input.isCorrect };
    await tx.reviewCard.upsert({
      where: { userId_questionId: { userId: input.userId, questionId: input.questionId } },
      create: { userId: input.userId, questionId: input.questionId, ...next, ...leech },
      update: { ...next, ...leech },
    });
    return true;
  });
}

/** Every answered item of a finished exam, as reviews at the time it was graded. Unanswered items are not recall attempts. */
export async function recordExamReviews(attemptId: string, at: Date): Promise<void> {
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: { userId: true, mode: true, items: { where: { gradedAt: { not: null } }, select: { position: true, questionId: true, selected: true, isCorrect: true } } },
  });
  if (!attempt?.userId || attempt.mode !== "EXAM") return;
  for (const item of attempt.items) {
    if (item.selected.length === 0) continue;
    await recordReview({ userId: attempt.userId, attemptId, position: item.position, questionId: item.questionId, isCorrect: item.isCorrect === true }, at);
  }
}
