import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { rateLimits } from "@/lib/rate-limit/rules";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canReportPost, isPostAuthor } from "@/lib/permissions";
import { loadPostFacts } from "@/lib/server/forum/load-post";
import type { reportReasons } from "@/lib/forum/schemas";

/** Reports someone else's post to the moderators, once per user and post. */
export async function reportPost(
  actor: SessionUser | null,
  input: { postId: string; reason: (typeof reportReasons)[number] },
  { now }: { now: Date },
): Promise<{ questionId: string }> {
  if (!actor) throw new AppError("actions.signInRequired");
  const post = await loadPostFacts(input.postId);
  if (!canReportPost(actor, post))
    throw new AppError(isPostAuthor(actor, post) ? "forum.errors.cannotReportOwn" : "forum.errors.postGone");
  const limit = await consumeRateLimit(`report:user:${actor.id}`, rateLimits.reportPerUser, now);
  if (!limit.isAllowed) throw new AppError("forum.errors.reportRateLimited");
  try {
    await db.report.create({ data: { postId: post.id, userId: actor.id, reason: input.reason } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("forum.errors.alreadyReported");
    throw error;
  }
  return { questionId: post.thread.questionId };
}
