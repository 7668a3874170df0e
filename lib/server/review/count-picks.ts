import "server-only";
import { db } from "@/lib/db";

/** How many times the learner picked a wrong choice tagged with each misconception (practice and exams, graded). */
export async function countPicks(userId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ misconceptionId: string; picks: bigint }[]>`
    SELECT cm."misconceptionId", count(*) AS picks
    FROM "AttemptItem" ai
    JOIN "Attempt" a ON a.id = ai."attemptId"
    JOIN "ChoiceMisconception" cm ON cm."questionId" = ai."questionId" AND cm.letter = ANY(ai.selected)
    WHERE a."userId" = ${userId} AND ai."gradedAt" IS NOT NULL AND ai."isCorrect" = false
    GROUP BY cm."misconceptionId"`;
  return new Map(rows.map((row) => [row.misconceptionId, Number(row.picks)]));
}
