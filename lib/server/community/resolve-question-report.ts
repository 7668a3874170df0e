import "server-only";
import { db } from "@/lib/db";
import { canModerate, type ForumActor } from "@/lib/permissions";
import { communityError } from "@/lib/server/community/community-error";
import { forumError } from "@/lib/server/forum/errors";

/** Closes an open report (conditional: of two moderators resolving at once, one succeeds). Moderators only. */
export async function resolveQuestionReport(
  actor: ForumActor,
  reportId: string,
  now: Date = new Date(),
): Promise<void> {
  if (!actor || !canModerate(actor)) throw forumError("moderatorOnly");
  const { count } = await db.questionReport.updateMany({
    where: { id: reportId, resolvedAt: null },
    data: { resolvedAt: now, resolvedById: actor.id },
  });
  if (count === 0) throw communityError("moderation.alreadyResolved");
}
