import "server-only";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { createPracticeRound } from "@/lib/server/quiz/create-practice-round";
import { chooseVariantSeeds } from "@/lib/server/variants/choose-variant-seeds";

/** Questions failed LEECH_FAILS times: served in a drill instead of the queue. */
export async function startLeechDrill(requester: AttemptRequester, examId: string): Promise<string> {
  if (!requester.userId) throw new AppError("quiz.errors.signInForWrong");
  const leeches = await db.reviewCard.findMany({
    where: { userId: requester.userId, isLeech: true, question: { examId, retiredAt: null } },
    orderBy: { wrongCount: "desc" },
    take: 20,
    select: { questionId: true },
  });
  const ids = leeches.map((card) => card.questionId);
  return createPracticeRound(requester, examId, ids, { source: "leech" }, await chooseVariantSeeds(requester, ids));
}
