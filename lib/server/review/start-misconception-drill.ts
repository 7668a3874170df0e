import "server-only";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { shuffled, type Random } from "@/lib/quiz/random";
import { AppError } from "@/lib/errors";
import { createPracticeRound } from "@/lib/server/quiz/create-practice-round";
import { cryptoRandom } from "@/lib/server/quiz/start-practice";
import { chooseVariantSeeds } from "@/lib/server/variants/choose-variant-seeds";

const DRILL_SIZE = 10;

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
  if (!first) throw new AppError("quiz.errors.noQuestions");
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
