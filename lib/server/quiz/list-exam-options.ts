import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { listExams } from "@/lib/server/bank/list-exams";
import { examMinutes, shortExamSizes } from "@/lib/server/quiz/exam-timing";

export type ExamOption = {
  id: string;
  title: string;
  questionCount: number;
  minutes: number;
  extensionMinutes: number;
  sizes: { size: number; minutes: number }[];
};

/** The banks a mock exam can be taken from, with the full size and the shorter sizes offered (and their minutes). */
export async function listExamOptions(locale: Locale): Promise<ExamOption[]> {
  const [summaries, shapes] = await Promise.all([
    listExams(locale),
    db.exam.findMany({ select: { id: true, questionCount: true, minutes: true, extensionMinutes: true } }),
  ]);
  return summaries
    .filter((summary) => summary.questionCount > 0)
    .flatMap((summary) => {
      const shape = shapes.find((candidate) => candidate.id === summary.id);
      if (!shape) return [];
      const sizes = [shape.questionCount, ...shortExamSizes(shape.questionCount)].map((size) => ({ size, minutes: examMinutes(shape, size, false) }));
      return [{ id: summary.id, title: summary.title, questionCount: shape.questionCount, minutes: shape.minutes, extensionMinutes: shape.extensionMinutes, sizes }];
    });
}
