// The guard both exam writes share (saving an answer, flagging): the item of an open exam of this requester.
import "server-only";
import { db } from "@/lib/db";
import { canActOnAttempt, type AttemptRequester } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { finishExam } from "@/lib/server/quiz/finish-exam";

export async function getOpenExamItem(requester: AttemptRequester, attemptId: string, position: number, now: Date) {
  const item = await db.attemptItem.findUnique({
    where: { attemptId_position: { attemptId, position } },
    select: {
      attempt: { select: { userId: true, anonKeyHash: true, mode: true, status: true, deadlineAt: true } },
      question: { select: { choose: true, choices: { orderBy: { position: "asc" }, select: { letter: true } } } },
    },
  });
  if (!item || !canActOnAttempt(requester, item.attempt)) throw new AppError("quiz.errors.attemptNotFound");
  if (item.attempt.mode !== "EXAM") throw new AppError("quiz.errors.notExam");
  if (item.attempt.status !== "IN_PROGRESS") throw new AppError("quiz.errors.attemptFinished");
  const at = now;
  if (item.attempt.deadlineAt && at >= item.attempt.deadlineAt) {
    // The server keeps the time: a late answer is refused and the exam is closed with what was saved before.
    await finishExam(attemptId, "EXPIRED", now);
    throw new AppError("quiz.errors.deadlinePassed");
  }
  return { ...item, at };
}

/** Writes an item only while its exam is still open (row-locked, so a concurrent submit cannot slip in between). */
export async function writeWhileOpen(
  attemptId: string,
  position: number,
  data: { selected?: string[]; answeredAt?: Date | null; flagged?: boolean },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      { status: string }[]
    >`SELECT status::text AS status FROM "Attempt" WHERE id = ${attemptId} FOR UPDATE`;
    if (locked?.status !== "IN_PROGRESS") throw new AppError("quiz.errors.attemptFinished");
    await tx.attemptItem.update({ where: { attemptId_position: { attemptId, position } }, data });
  });
}
