import "server-only";
import { db } from "@/lib/db";
import { canModerate, type ForumActor } from "@/lib/permissions";
import { AppError } from "@/lib/errors";

/** Closes an open report (conditional: of two moderators resolving at once, one succeeds). Moderators only. */
export async function resolveQuestionReport(actor: ForumActor, reportId: string, now: Date): Promise<void> {
  if (!actor || !canModerate(actor)) throw new AppError("forum.errors.moderatorOnly");
  const { count } = await db.questionReport.updateMany({
    where: { id: reportId, resolvedAt: null },
    data: { resolvedAt: now, resolvedById: actor.id },
  });
  if (count === 0) throw new AppError("community.moderation.alreadyResolved");
}
