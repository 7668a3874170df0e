import "server-only";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { runningExamQuestionIds } from "@/lib/server/quiz/running-exam";

/** A practice round of exactly these questions in this order (review queue, drills, one question, "retry these"). */
export async function createPracticeRound(
  requester: AttemptRequester,
  examId: string,
  questionIds: string[],
  options: Record<string, unknown>,
  /** Variant (類題) seeds by question id: those items serve the variant (review queue and drills). */
  variantSeeds: ReadonlyMap<string, number> = new Map(),
): Promise<string> {
  if (!requester.userId && !requester.anonKeyHash)
    throw new Error("createPracticeRound needs an owner: a user or a practice cookie");
  // Whatever asked for the round (review queue, drill, retry), the user's running mock exam keeps its questions.
  const inRunningExam = await runningExamQuestionIds(requester.userId);
  questionIds = questionIds.filter((id) => !inRunningExam.has(id));
  if (questionIds.length === 0) throw new AppError("quiz.errors.noQuestions");
  const attempt = await db.attempt.create({
    data: {
      userId: requester.userId,
      anonKeyHash: requester.userId ? null : requester.anonKeyHash,
      examId,
      mode: "PRACTICE",
      options: JSON.parse(JSON.stringify(options)) as object,
      total: questionIds.length,
      items: {
        create: questionIds.map((questionId, position) => ({
          position,
          questionId,
          variantSeed: variantSeeds.get(questionId) ?? null,
        })),
      },
    },
    select: { id: true },
  });
  return attempt.id;
}
