import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { AttemptRequester } from "@/lib/permissions";
import { shuffled, type Random } from "@/lib/quiz/random";
import { quizError } from "@/lib/server/quiz/errors";
import { createPracticeRound, cryptoRandom } from "@/lib/server/quiz/start-practice";
import { chooseVariantSeeds } from "@/lib/server/variants/find-variant";

const DRILL_SIZE = 10;

/** A wrong choice the learner picked, named by the misconception it plays on (content/misconceptions.yaml). */
export type MisconceptionNote = { letter: string; id: string; name: string; explanation: string };

/**
 * The misconceptions behind the wrong choices a learner picked, by name. Call only after grading (the tags point at
 * wrong choices, so they reveal part of the key).
 */
export async function misconceptionsOfPicks(
  questionId: string,
  selected: string[],
  locale: Locale,
): Promise<MisconceptionNote[]> {
  if (selected.length === 0) return [];
  const rows = await db.choiceMisconception.findMany({
    where: { questionId, letter: { in: selected } },
    orderBy: { letter: "asc" },
    select: {
      letter: true,
      misconception: { select: { id: true, nameJa: true, nameEn: true, explanationJa: true, explanationEn: true } },
    },
  });
  return rows.map(({ letter, misconception: m }) => ({
    letter,
    id: m.id,
    name: locale === "en" ? m.nameEn : m.nameJa,
    explanation: locale === "en" ? m.explanationEn : m.explanationJa,
  }));
}

export type MisconceptionSummary = {
  id: string;
  name: string;
  explanation: string;
  questionCount: number;
  timesPicked: number;
};

/** Every misconception that some live question tests, with how often this learner fell for it (0 signed out). */
export async function listMisconceptions(userId: string | null, locale: Locale): Promise<MisconceptionSummary[]> {
  const [catalogue, picked] = await Promise.all([
    db.misconception.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        nameJa: true,
        nameEn: true,
        explanationJa: true,
        explanationEn: true,
        choices: { where: { question: { retiredAt: null } }, select: { questionId: true } },
      },
    }),
    userId ? countPicks(userId) : Promise.resolve(new Map<string, number>()),
  ]);
  return catalogue
    .map((m) => ({
      id: m.id,
      name: locale === "en" ? m.nameEn : m.nameJa,
      explanation: locale === "en" ? m.explanationEn : m.explanationJa,
      questionCount: new Set(m.choices.map((choice) => choice.questionId)).size,
      timesPicked: picked.get(m.id) ?? 0,
    }))
    .filter((m) => m.questionCount > 0);
}

/** How many times the learner picked a wrong choice tagged with each misconception (practice and exams, graded). */
async function countPicks(userId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ misconceptionId: string; picks: bigint }[]>`
    SELECT cm."misconceptionId", count(*) AS picks
    FROM "AttemptItem" ai
    JOIN "Attempt" a ON a.id = ai."attemptId"
    JOIN "ChoiceMisconception" cm ON cm."questionId" = ai."questionId" AND cm.letter = ANY(ai.selected)
    WHERE a."userId" = ${userId} AND ai."gradedAt" IS NOT NULL AND ai."isCorrect" = false
    GROUP BY cm."misconceptionId"`;
  return new Map(rows.map((row) => [row.misconceptionId, Number(row.picks)]));
}

/** The learner's most frequent misconceptions, most picked first. */
export async function topMisconceptions(userId: string, locale: Locale, limit = 5): Promise<MisconceptionSummary[]> {
  return (await listMisconceptions(userId, locale))
    .filter((m) => m.timesPicked > 0)
    .sort((a, b) => b.timesPicked - a.timesPicked || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * A drill on one misconception: questions with a choice that plays on it, the learner's leeches among them first
 * (a leech is served here instead of the review queue), then the others at random.
 */
export async function startMisconceptionDrill(
  requester: AttemptRequester,
  misconceptionId: string,
  random: Random = cryptoRandom,
): Promise<string> {
  const tagged = await db.choiceMisconception.findMany({
    where: { misconceptionId, question: { retiredAt: null } },
    select: { questionId: true, question: { select: { examId: true } } },
  });
  const first = tagged[0];
  if (!first) throw quizError("noQuestions");
  // A drill is one round of one bank: the bank with most questions on this misconception.
  const byExam = new Map<string, string[]>();
  for (const row of tagged)
    byExam.set(row.question.examId, [...new Set([...(byExam.get(row.question.examId) ?? []), row.questionId])]);
  const [examId, ids] = [...byExam].sort((a, b) => b[1].length - a[1].length)[0] ?? [
    first.question.examId,
    [first.questionId],
  ];
  const leeches = requester.userId
    ? new Set(
        (
          await db.reviewCard.findMany({
            where: { userId: requester.userId, isLeech: true, questionId: { in: ids } },
            select: { questionId: true },
          })
        ).map((card) => card.questionId),
      )
    : new Set<string>();
  const ordered = [
    ...ids.filter((id) => leeches.has(id)),
    ...shuffled(
      ids.filter((id) => !leeches.has(id)),
      random,
    ),
  ].slice(0, DRILL_SIZE);
  const seeds = await chooseVariantSeeds(requester, ordered);
  return createPracticeRound(requester, examId, ordered, { source: "misconception", misconceptionId }, seeds);
}
