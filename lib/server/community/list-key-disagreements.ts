import "server-only";
import { canModerate, type ForumActor } from "@/lib/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { minSupporters } from "@/lib/server/community/tally-community-answers";
import { normalizeLetters } from "@/lib/server/community/answer-sets";

export type KeyDisagreement = {
  questionId: string;
  sourcePath: string;
  key: string[];
  communityTop: string[];
  supporters: number;
  stated: number;
};

/**
 * Questions whose forum has a clear favourite answer set (at least `minSupporters` authors, more than any other set)
 * that differs from the key: a wrong key, or an explanation that does not convince. Moderators only.
 */
export async function listKeyDisagreements(actor: ForumActor): Promise<KeyDisagreement[]> {
  if (!canModerate(actor)) throw new AppError("forum.errors.moderatorOnly");
  const rows = await db.$queryRaw<{ questionId: string; letters: string[]; count: bigint }[]>`
    SELECT latest."questionId", latest."answerSet" AS letters, count(*) AS count
    FROM (
      SELECT DISTINCT ON (t."questionId", p."authorId") t."questionId", p."answerSet"
      FROM "Post" p JOIN "Thread" t ON t."id" = p."threadId"
      WHERE p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND cardinality(p."answerSet") > 0
      ORDER BY t."questionId", p."authorId", p."createdAt" DESC
    ) AS latest
    GROUP BY 1, 2`;
  const byQuestion = new Map<string, { letters: string[]; count: number }[]>();
  for (const row of rows)
    byQuestion.set(row.questionId, [
      ...(byQuestion.get(row.questionId) ?? []),
      { letters: normalizeLetters(row.letters), count: Number(row.count) },
    ]);
  const candidates = [...byQuestion.entries()].flatMap(([questionId, sets]) => {
    const sorted = [...sets].sort((a, b) => b.count - a.count);
    const [top, second] = sorted;
    if (!top || top.count < minSupporters || (second && second.count >= top.count)) return [];
    return [{ questionId, top, stated: sets.reduce((sum, set) => sum + set.count, 0) }];
  });
  if (candidates.length === 0) return [];
  const questions = await db.question.findMany({
    where: { id: { in: candidates.map((candidate) => candidate.questionId) } },
    select: { id: true, sourcePath: true, choices: { where: { isCorrect: true }, select: { letter: true } } },
  });
  const byId = new Map(questions.map((question) => [question.id, question]));
  return candidates
    .flatMap(({ questionId, top, stated }) => {
      const question = byId.get(questionId);
      if (!question) return [];
      const key = question.choices.map((choice) => choice.letter).sort();
      if (key.join(",") === top.letters.join(",")) return [];
      return [
        { questionId, sourcePath: question.sourcePath, key, communityTop: top.letters, supporters: top.count, stated },
      ];
    })
    .sort((a, b) => b.supporters - a.supporters || a.questionId.localeCompare(b.questionId));
}
