import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicQuestion } from "@/lib/bank/dto";
import { publicQuestionSelect, toPublicQuestion } from "@/lib/server/bank/public-question-row";

/** Finds a live question in the reader's language (falling back to Japanese); null when unknown or retired. */
export async function findPublicQuestion(id: string, locale: Locale): Promise<PublicQuestion | null> {
  const question = await db.question.findFirst({ where: { id, retiredAt: null }, select: publicQuestionSelect });
  return question ? toPublicQuestion(question, locale) : null;
}
