import "server-only";
import { db } from "@/lib/db";
import { tallyAnswerSets } from "@/lib/server/community/answer-sets";
import type { CommunityAnswers } from "@/lib/community/dto";

export const minSupporters = 3;

/** The tallies themselves, without the viewer check (for moderators' disagreement list and tests). */
export async function tallyCommunityAnswers(questionId: string): Promise<CommunityAnswers> {
  const [gradedRows, statedRows, keyRows] = await Promise.all([
    db.$queryRaw<{ letters: string[]; count: bigint }[]>`
      SELECT ARRAY(SELECT DISTINCT letter FROM unnest("selected") AS letter ORDER BY letter) AS letters, count(*) AS count
      FROM "AttemptItem"
      WHERE "questionId" = ${questionId} AND "gradedAt" IS NOT NULL AND cardinality("selected") > 0
      GROUP BY 1`,
    db.$queryRaw<{ letters: string[]; count: bigint }[]>`
      SELECT latest."answerSet" AS letters, count(*) AS count
      FROM (
        SELECT DISTINCT ON (p."authorId") p."answerSet"
        FROM "Post" p JOIN "Thread" t ON t."id" = p."threadId"
        WHERE t."questionId" = ${questionId} AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND cardinality(p."answerSet") > 0
        ORDER BY p."authorId", p."createdAt" DESC
      ) AS latest
      GROUP BY 1`,
    db.choice.findMany({ where: { questionId, isCorrect: true }, select: { letter: true } }),
  ]);
  const key = keyRows.map((row) => row.letter).sort();
  const toCounts = (rows: { letters: string[]; count: bigint }[]) =>
    rows.map((row) => ({ letters: row.letters, count: Number(row.count) }));
  const gradedSets = tallyAnswerSets(toCounts(gradedRows), key);
  const statedSets = tallyAnswerSets(toCounts(statedRows), key);
  const top = statedSets[0];
  const second = statedSets[1];
  const isClearTop =
    top !== undefined && top.count >= minSupporters && (second === undefined || second.count < top.count);
  return {
    graded: { total: gradedSets.reduce((sum, row) => sum + row.count, 0), sets: gradedSets },
    stated: { total: statedSets.reduce((sum, row) => sum + row.count, 0), sets: statedSets },
    communityTop: isClearTop ? top.letters : null,
    key,
  };
}
