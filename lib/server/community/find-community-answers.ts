import "server-only";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { attemptsOwnedBy } from "@/lib/server/quiz/owned-by";
import { tallyCommunityAnswers } from "@/lib/server/community/tally-community-answers";
import type { CommunityAnswers } from "@/lib/community/dto";

/**
 * How others answered a question. Like the key, it is shown only to a requester whose own answer to the question has
 * been graded, and never while the question sits in one of their running mock exams; null otherwise.
 */
export async function findCommunityAnswers(
  requester: AttemptRequester,
  questionId: string,
): Promise<CommunityAnswers | null> {
  const owner = attemptsOwnedBy(requester);
  if (!owner) return null;
  const [graded, running] = await Promise.all([
    db.attemptItem.findFirst({
      where: { questionId, gradedAt: { not: null }, attempt: owner },
      select: { attemptId: true },
    }),
    db.attemptItem.findFirst({
      where: { questionId, attempt: { ...owner, mode: "EXAM", status: "IN_PROGRESS" } },
      select: { attemptId: true },
    }),
  ]);
  if (!graded || running) return null;
  return tallyCommunityAnswers(questionId);
}
