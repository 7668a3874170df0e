import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { listExams } from "@/lib/server/bank/list-exams";
import { examMinutes, shortExamSizes } from "@/lib/server/quiz/exam-timing";
import type { ExamOption } from "@/lib/quiz/dto";

/**
 * The banks a mock exam can be taken from, with the full size and the shorter sizes offered (and their minutes), and
 * the fixed sets with how many times `userId` has taken each.
 */
export async function listExamOptions(locale: Locale, userId?: string | null): Promise<ExamOption[]> {
  const [summaries, shapes, taken] = await Promise.all([
    listExams(locale),
    db.exam.findMany({
      select: {
        id: true,
        questionCount: true,
        minutes: true,
        extensionMinutes: true,
        sets: { orderBy: { number: "asc" }, select: { number: true } },
      },
    }),
    userId
      ? db.attempt.groupBy({
          by: ["examId", "setNumber"],
          where: { userId, mode: "EXAM", setNumber: { not: null } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);
  return summaries
    .filter((summary) => summary.questionCount > 0)
    .flatMap((summary) => {
      const shape = shapes.find((candidate) => candidate.id === summary.id);
      if (!shape) return [];
      const sizes = [shape.questionCount, ...shortExamSizes(shape.questionCount)].map((size) => ({
        size,
        minutes: examMinutes(shape, size, false),
      }));
      const sets = shape.sets.map(({ number }) => ({
        number,
        takenCount: taken.find((row) => row.examId === shape.id && row.setNumber === number)?._count._all ?? 0,
      }));
      return [
        {
          id: summary.id,
          title: summary.title,
          questionCount: shape.questionCount,
          minutes: shape.minutes,
          extensionMinutes: shape.extensionMinutes,
          sizes,
          sets,
        },
      ];
    });
}
