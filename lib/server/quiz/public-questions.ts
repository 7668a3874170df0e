import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicQuestion } from "@/lib/bank/dto";
import { publicQuestionSelect, toPublicQuestion } from "@/lib/server/bank/public-question-row";

/**
 * Many questions as the browser may see them before grading (no key, no explanations), in the given order.
 * Like findPublicQuestion, but one query for a whole exam; retired questions are included (an attempt keeps them).
 */
export async function listPublicQuestions(ids: readonly string[], locale: Locale): Promise<PublicQuestion[]> {
  const rows = await db.question.findMany({ where: { id: { in: [...ids] } }, select: publicQuestionSelect });
  const byId = new Map(rows.map((row) => [row.id, toPublicQuestion(row, locale)] as const));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
