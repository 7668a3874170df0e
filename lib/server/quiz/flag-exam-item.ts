import "server-only";
import type { AttemptRequester } from "@/lib/permissions";
import type { FlagInput } from "@/lib/quiz/schemas";
import { getOpenExamItem, writeWhileOpen } from "@/lib/server/quiz/open-exam-item";

/** Flags or unflags an exam question for review. */
export async function flagExamItem(
  requester: AttemptRequester,
  input: FlagInput,
  now: Date,
): Promise<{ position: number; isFlagged: boolean }> {
  await getOpenExamItem(requester, input.attemptId, input.position, now);
  await writeWhileOpen(input.attemptId, input.position, { flagged: input.isFlagged });
  return { position: input.position, isFlagged: input.isFlagged };
}
