import "server-only";
import { db } from "@/lib/db";
import { canModerate, type ForumActor } from "@/lib/permissions";
import { AppError } from "@/lib/errors";

export type QuestionReportView = {
  id: string;
  questionId: string;
  sourcePath: string;
  reason: "WRONG_KEY" | "OUTDATED" | "TYPO" | "UNCLEAR";
  details: string;
  reporterName: string | null;
  createdAt: Date;
};

/** The open error reports on questions, oldest first (the moderators' queue). Moderators only. */
export async function listQuestionReports(actor: ForumActor, limit = 100): Promise<QuestionReportView[]> {
  if (!canModerate(actor)) throw new AppError("forum.errors.moderatorOnly");
  const rows = await db.questionReport.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: {
      id: true,
      questionId: true,
      reason: true,
      details: true,
      createdAt: true,
      question: { select: { sourcePath: true } },
      user: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    questionId: row.questionId,
    sourcePath: row.question.sourcePath,
    reason: row.reason,
    details: row.details,
    reporterName: row.user.name,
    createdAt: row.createdAt,
  }));
}
