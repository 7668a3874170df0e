// The spaced-review step after grading, on any Prisma client (the app's, or a benchmark's own): no "server-only".
import type { Db } from "../db-client";
import { LEECH_FAILS, newCardRow, recallProbability, scheduleAnswer, type CardRow, type Confidence } from "./fsrs";

export type ReviewInput = {
  userId: string;
  attemptId: string;
  position: number;
  questionId: string;
  isCorrect: boolean;
  confidence?: Confidence | undefined;
  elapsedMs?: number | undefined;
};

/** The user's card of the question as read before the answer (CardRow plus the leech bookkeeping), or null: none yet. */
export type CardBefore = (CardRow & { wrongCount: number; isLeech: boolean }) | null;

/**
 * The step after grading: moves the user's FSRS memory state of the question (practice, single question, exam).
 * Two round trips: read the card, then ONE statement that logs the answer and writes the card; one when the caller
 * read the card already (`known`: the practice answer's grading statement returns it). Once per attempt item:
 * the log row is inserted only when the attempt is this user's and the item was not logged yet (else nothing is
 * written), so a retried request or a second call cannot count twice. A question failed LEECH_FAILS times becomes a
 * leech, and stays one until it is answered right again (then it rejoins the queue with a fresh count).
 * Returns false when nothing changed (already recorded, or not the user's attempt).
 */
export async function scheduleReview(
  db: Db,
  input: ReviewInput,
  at: Date,
  known?: { card: CardBefore },
): Promise<boolean> {
  const card: CardBefore = known
    ? known.card
    : await db.reviewCard.findUnique({
        where: { userId_questionId: { userId: input.userId, questionId: input.questionId } },
      });
  const before = card ?? { ...newCardRow(at), wrongCount: 0, isLeech: false };
  const { card: next, rating } = scheduleAnswer(before, input, at);
  const recallBefore = card ? recallProbability(card, at) : null;
  const wrongCount = before.wrongCount + (input.isCorrect ? 0 : 1);
  const isLeech = input.isCorrect ? false : wrongCount >= LEECH_FAILS;
  const storedWrongCount = input.isCorrect && before.isLeech ? 0 : wrongCount;
  const written = await db.$executeRaw`
    WITH logged AS (
      INSERT INTO "ReviewLog" (id, "userId", "questionId", "attemptId", position, rating, "isCorrect", "stateBefore", "recallBefore", "reviewedAt")
      SELECT gen_random_uuid()::text, ${input.userId}, ${input.questionId}, ${input.attemptId}, ${input.position}, ${rating}, ${input.isCorrect},
             ${before.state}, ${recallBefore}, ${at}
      FROM "Attempt" WHERE id = ${input.attemptId} AND "userId" = ${input.userId}
      ON CONFLICT ("attemptId", position) DO NOTHING
      RETURNING 1
    )
    INSERT INTO "ReviewCard" ("userId", "questionId", due, stability, difficulty, "scheduledDays", "learningSteps", reps, lapses, state,
                              "lastReview", "wrongCount", "isLeech", "lastIsCorrect")
    SELECT ${input.userId}, ${input.questionId}, ${next.due}, ${next.stability}, ${next.difficulty}, ${next.scheduledDays}, ${next.learningSteps},
           ${next.reps}, ${next.lapses}, ${next.state}, ${next.lastReview}, ${storedWrongCount}, ${isLeech}, ${input.isCorrect}
    FROM logged
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      due = EXCLUDED.due, stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty, "scheduledDays" = EXCLUDED."scheduledDays",
      "learningSteps" = EXCLUDED."learningSteps", reps = EXCLUDED.reps, lapses = EXCLUDED.lapses, state = EXCLUDED.state,
      "lastReview" = EXCLUDED."lastReview", "wrongCount" = EXCLUDED."wrongCount", "isLeech" = EXCLUDED."isLeech",
      "lastIsCorrect" = EXCLUDED."lastIsCorrect"`;
  return written > 0;
}
