import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { canModerate } from "@/lib/permissions";

/** A moderator locks a question's thread (no new posts or edits) or unlocks it; a thread with no posts yet is created locked. */
export async function setThreadLocked(
  actor: SessionUser | null,
  input: { questionId: string; isLocked: boolean },
  { now }: { now: Date },
): Promise<{ questionId: string }> {
  if (!actor) throw new AppError("actions.signInRequired");
  if (!canModerate(actor)) throw new AppError("forum.errors.moderatorOnly");
  const question = await db.question.findFirst({
    where: { id: input.questionId, retiredAt: null },
    select: { id: true },
  });
  if (!question) throw new AppError("forum.errors.questionNotFound");
  const lockedAt = input.isLocked ? now : null;
  // Insert or skip, then update: no unique-key failure when the thread is created concurrently.
  await db.thread.createMany({ data: [{ questionId: question.id, lockedAt }], skipDuplicates: true });
  await db.thread.updateMany({ where: { questionId: question.id }, data: { lockedAt } });
  return { questionId: question.id };
}
