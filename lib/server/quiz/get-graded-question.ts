import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { GradedQuestion } from "@/lib/quiz/dto";
import { gradedQuestionFrom } from "@/lib/server/quiz/graded-question";

/**
 * Loads the key and explanations. Integrity (habit 6): call it only for an item that is graded (practice) or an
 * attempt that is finished (exam); it is the one read of Choice.isCorrect that feeds a response.
 */
export async function getGradedQuestion(questionId: string, locale: Locale): Promise<GradedQuestion> {
  const question = await db.question.findUniqueOrThrow({
    where: { id: questionId },
    select: {
      hasScenario: true,
      texts: { select: { lang: true, explanationHtml: true, references: true } },
      choices: {
        orderBy: { position: "asc" },
        select: { letter: true, isCorrect: true, texts: { select: { lang: true, explanationHtml: true } } },
      },
    },
  });
  return gradedQuestionFrom(questionId, question, locale);
}
