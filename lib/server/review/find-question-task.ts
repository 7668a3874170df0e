import "server-only";
import { db } from "@/lib/db";

/** The task statement a question belongs to (front matter `task`), if any. */
export async function findQuestionTask(questionId: string): Promise<string | null> {
  const question = await db.question.findUnique({ where: { id: questionId }, select: { task: true } });
  return question?.task ?? null;
}
