import "server-only";
import { db } from "@/lib/db";

/** The topic tags of each exam's live questions, with how many questions carry each, most common first. */
export async function listTopicsByExam(): Promise<Map<string, { topic: string; count: number }[]>> {
  const rows = await db.$queryRaw<{ examId: string; topic: string; count: bigint }[]>`
    SELECT "examId", topic, count(*) AS count
    FROM "Question", unnest(topics) AS topic
    WHERE "retiredAt" IS NULL
    GROUP BY "examId", topic
    ORDER BY count(*) DESC, topic ASC`;
  const byExam = new Map<string, { topic: string; count: number }[]>();
  for (const row of rows) {
    const list = byExam.get(row.examId) ?? [];
    list.push({ topic: row.topic, count: Number(row.count) });
    byExam.set(row.examId, list);
  }
  return byExam;
}
