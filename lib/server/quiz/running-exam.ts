import "server-only";
import { db } from "@/lib/db";

// While a user's mock exam runs, nothing may reveal the key of its questions to that user: practice does not serve
// them (start-practice, answer-practice-question), their forum threads and the simulator stay locked. "Running" is
// IN_PROGRESS, the same rule as the simulator's lock (an exam past its deadline is finished when next read).

/** The questions of the user's running mock exams. */
export async function runningExamQuestionIds(userId: string | null): Promise<Set<string>> {
  if (!userId) return new Set();
  const items = await db.attemptItem.findMany({
    where: { attempt: { userId, mode: "EXAM", status: "IN_PROGRESS" } },
    select: { questionId: true },
  });
  return new Set(items.map((item) => item.questionId));
}

/** True when the question sits in one of the user's running mock exams. */
export async function isInRunningExam(userId: string | null, questionId: string): Promise<boolean> {
  if (!userId) return false;
  const item = await db.attemptItem.findFirst({
    where: { questionId, attempt: { userId, mode: "EXAM", status: "IN_PROGRESS" } },
    select: { attemptId: true },
  });
  return item !== null;
}
