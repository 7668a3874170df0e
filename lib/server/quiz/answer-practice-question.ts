import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { canActOnAttempt, type AttemptRequester } from "@/lib/permissions";
import { isSelectionCorrect, selectionProblem, sortLetters } from "@/lib/quiz/grade";
import type { AnswerInput } from "@/lib/quiz/schemas";
import { quizError } from "@/lib/server/quiz/errors";
import { getGradedQuestion, type Feedback } from "@/lib/server/quiz/graded-question";
import { isInRunningExam } from "@/lib/server/quiz/running-exam";

/**
 * Grades one practice answer (all-or-nothing) and returns the key and explanations for it.
 * Idempotent: an item is graded once; submitting it again (a double click, a retry) returns the first grading.
 */
export async function answerPracticeQuestion(requester: AttemptRequester, input: AnswerInput, locale: Locale): Promise<Feedback> {
  const item = await db.attemptItem.findUnique({
    where: { attemptId_position: { attemptId: input.attemptId, position: input.position } },
    select: {
      questionId: true,
      gradedAt: true,
      selected: true,
      isCorrect: true,
      attempt: { select: { userId: true, anonKeyHash: true, mode: true } },
      question: { select: { choose: true, choices: { orderBy: { position: "asc" }, select: { letter: true, isCorrect: true } } } },
    },
  });
  if (!item || !canActOnAttempt(requester, item.attempt)) throw quizError("attemptNotFound");
  if (item.attempt.mode !== "PRACTICE") throw quizError("notPractice");
  // A round started before the exam may hold one of its questions: no key for it while the exam runs.
  if (await isInRunningExam(requester.userId, item.questionId)) throw quizError("inRunningExam");

  const { choose, choices } = item.question;
  if (item.gradedAt) return { ...(await getGradedQuestion(item.questionId, locale)), position: input.position, selected: item.selected, isCorrect: item.isCorrect === true };
  const problem = selectionProblem(input.selected, { letters: choices.map((choice) => choice.letter), choose });
  if (problem) throw quizError(problem === "tooMany" || problem === "wrongCount" ? "wrongCount" : "unknownChoice", { choose }, "selected");

  const selected = sortLetters(input.selected);
  const isCorrect = isSelectionCorrect(selected, choices.filter((choice) => choice.isCorrect).map((choice) => choice.letter));
  const at = await now();
  const isFirst = await db.$transaction(async (tx) => {
    // Answers to one round are serialized, so the last one reliably sees every other item graded and closes the round.
    await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${input.attemptId} FOR UPDATE`;
    const { count } = await tx.attemptItem.updateMany({
      where: { attemptId: input.attemptId, position: input.position, gradedAt: null },
      data: { selected, isCorrect, answeredAt: at, gradedAt: at },
    });
    if (count === 0) return false; // graded by a concurrent duplicate: keep that one
    const ungraded = await tx.attemptItem.count({ where: { attemptId: input.attemptId, gradedAt: null } });
    if (ungraded > 0) return true;
    const correct = await tx.attemptItem.count({ where: { attemptId: input.attemptId, isCorrect: true } });
    const total = await tx.attemptItem.count({ where: { attemptId: input.attemptId } });
    await tx.attempt.updateMany({ where: { id: input.attemptId, status: "IN_PROGRESS" }, data: { status: "SUBMITTED", finishedAt: at, correct, total } });
    return true;
  });
  const graded = isFirst ? { position: input.position, selected, isCorrect } : await storedGrading(input);
  return { ...(await getGradedQuestion(item.questionId, locale)), ...graded };
}

async function storedGrading(input: AnswerInput): Promise<Pick<Feedback, "position" | "selected" | "isCorrect">> {
  const item = await db.attemptItem.findUniqueOrThrow({
    where: { attemptId_position: { attemptId: input.attemptId, position: input.position } },
    select: { selected: true, isCorrect: true },
  });
  return { position: input.position, selected: item.selected, isCorrect: item.isCorrect === true };
}
