import "server-only";
import { db } from "@/lib/db";

/** Live questions per task statement of each exam ("1.2" → 25), for the practice form. */
export async function countQuestionsByTask(): Promise<Map<string, { task: string; count: number }[]>> {
  const rows = await db.question.groupBy({
    by: ["examId", "task"],
    where: { retiredAt: null, task: { not: null } },
    _count: { _all: true },
    orderBy: [{ examId: "asc" }, { task: "asc" }],
  });
  const byExam = new Map<string, { task: string; count: number }[]>();
  for (const row of rows) {
    if (!row.task) continue;
    byExam.set(row.examId, [...(byExam.get(row.examId) ?? []), { task: row.task, count: row._count._all }]);
  }
  return byExam;
}
