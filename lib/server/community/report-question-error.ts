import "server-only";
import { type RateLimitRule } from "@/lib/rate-limit/rules";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReportQuestionInput } from "@/lib/community/schemas";

export const questionReportLimit: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };

/** Files a signed-in reader's error report on a live question for the moderators' queue. */
export async function reportQuestionError(
  user: SessionUser,
  input: ReportQuestionInput,
  now: Date,
): Promise<{ id: string }> {
  const question = await db.question.findFirst({
    where: { id: input.questionId, retiredAt: null },
    select: { id: true },
  });
  if (!question) throw new AppError("community.report.unknownQuestion");
  const limit = await consumeRateLimit(`question-report:user:${user.id}`, questionReportLimit, now);
  if (!limit.isAllowed) throw new AppError("community.report.rateLimited");
  return db.questionReport.create({
    data: { questionId: question.id, userId: user.id, reason: input.reason, details: input.details, createdAt: now },
    select: { id: true },
  });
}
