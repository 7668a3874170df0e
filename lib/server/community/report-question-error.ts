import "server-only";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { communityError } from "@/lib/server/community/community-error";
import type { ReportQuestionInput } from "@/lib/server/community/schemas";

export const questionReportLimit: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };

/** Files a signed-in reader's error report on a live question for the moderators' queue. */
export async function reportQuestionError(
  user: SessionUser,
  input: ReportQuestionInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const question = await db.question.findFirst({
    where: { id: input.questionId, retiredAt: null },
    select: { id: true },
  });
  if (!question) throw communityError("report.unknownQuestion");
  const limit = await consumeRateLimit(`question-report:user:${user.id}`, questionReportLimit, now);
  if (!limit.isAllowed) throw communityError("report.rateLimited");
  return db.questionReport.create({
    data: { questionId: question.id, userId: user.id, reason: input.reason, details: input.details, createdAt: now },
    select: { id: true },
  });
}
