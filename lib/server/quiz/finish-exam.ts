import "server-only";
import { db } from "@/lib/db";
import { isSelectionCorrect } from "@/lib/quiz/grade";
import { recordExamReviews } from "@/lib/server/review/record-exam-reviews";

/**
 * Grades every item of an exam in progress and closes it: SUBMITTED by the candidate, or EXPIRED at the deadline
 * with what was saved. A no-op when it is already finished, so a submit racing the deadline finishes it once.
 */
export async function finishExam(attemptId: string, status: "SUBMITTED" | "EXPIRED", at: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string; deadlineAt: Date | null }[]>`
      SELECT status::text AS status, "deadlineAt" FROM "Attempt" WHERE id = ${attemptId} FOR UPDATE`;
    if (!locked || locked.status !== "IN_PROGRESS") return;
    const items = await tx.attemptItem.findMany({
      where: { attemptId },
      select: {
        position: true,
        selected: true,
        question: { select: { choices: { where: { isCorrect: true }, select: { letter: true } } } },
      },
    });
    const correctPositions = items
      .filter((item) =>
        isSelectionCorrect(
          item.selected,
          item.question.choices.map((choice) => choice.letter),
        ),
      )
      .map((item) => item.position);
    await tx.attemptItem.updateMany({
      where: { attemptId, position: { in: correctPositions } },
      data: { isCorrect: true, gradedAt: at },
    });
    await tx.attemptItem.updateMany({
      where: { attemptId, position: { notIn: correctPositions } },
      data: { isCorrect: false, gradedAt: at },
    });
    // An expired exam ended at its deadline, whenever the server noticed.
    const finishedAt = status === "EXPIRED" && locked.deadlineAt ? locked.deadlineAt : at;
    await tx.attempt.update({
      where: { id: attemptId },
      data: { status, finishedAt, correct: correctPositions.length, total: items.length, gradedCount: items.length },
    });
  });
  // The spaced-review step after grading: each answered item moves the learner's schedule (once; idempotent).
  await recordExamReviews(attemptId, at);
}
