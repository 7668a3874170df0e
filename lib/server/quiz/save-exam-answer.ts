import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { canActOnAttempt, type AttemptRequester } from "@/lib/permissions";
import { selectionProblem, sortLetters } from "@/lib/quiz/grade";
import type { AnswerInput, FlagInput } from "@/lib/quiz/schemas";
import { AppError } from "@/lib/errors";
import { finishExam } from "@/lib/server/quiz/finish-exam";

async function getOpenExamItem(requester: AttemptRequester, attemptId: string, position: number) {
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
  const at = await now();
  if (item.attempt.deadlineAt && at >= item.attempt.deadlineAt) {
    // The server keeps the time: a late answer is refused and the exam is closed with what was saved before.
    await finishExam(attemptId, "EXPIRED");
    throw new AppError("quiz.errors.deadlinePassed");
  }
  return { ...item, at };
}

/** Writes an item only while its exam is still open (row-locked, so a concurrent submit cannot slip in between). */
async function writeWhileOpen(
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

/**
 * Saves an exam answer as it is chosen (no grading, nothing about the key in the reply). An unfinished multi-select
 * (fewer than asked) is saved too; more than asked, unknown letters, a finished exam or a passed deadline are refused.
 */
export async function saveExamAnswer(
  requester: AttemptRequester,
  input: AnswerInput,
): Promise<{ position: number; selected: string[] }> {
  const item = await getOpenExamItem(requester, input.attemptId, input.position);
  const { choose, choices } = item.question;
  const problem = selectionProblem(input.selected, {
    letters: choices.map((choice) => choice.letter),
    choose,
    isPartialAllowed: true,
  });
  if (problem)
    throw new AppError(problem === "tooMany" ? "quiz.errors.tooMany" : "quiz.errors.unknownChoice", {
      params: { choose },
      field: "selected",
    });
  const selected = sortLetters(input.selected);
  await writeWhileOpen(input.attemptId, input.position, { selected, answeredAt: selected.length > 0 ? item.at : null });
  return { position: input.position, selected };
}

/** Flags or unflags an exam question for review. */
export async function flagExamItem(
  requester: AttemptRequester,
  input: FlagInput,
): Promise<{ position: number; isFlagged: boolean }> {
  await getOpenExamItem(requester, input.attemptId, input.position);
  await writeWhileOpen(input.attemptId, input.position, { flagged: input.isFlagged });
  return { position: input.position, isFlagged: input.isFlagged };
}
