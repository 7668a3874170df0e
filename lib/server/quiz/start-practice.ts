import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { shuffled, type Random } from "@/lib/quiz/random";
import type { StartPracticeInput } from "@/lib/quiz/schemas";
import { AppError } from "@/lib/errors";
import { runningExamQuestionIds } from "@/lib/server/quiz/running-exam";
import { createPracticeRound } from "@/lib/server/quiz/create-practice-round";

export const cryptoRandom: Random = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** Questions the user answered wrongly the last time they answered them (practice or exam). */
async function lastWrongQuestionIds(userId: string): Promise<Set<string>> {
  const items = await db.attemptItem.findMany({
    where: { attempt: { userId }, gradedAt: { not: null } },
    orderBy: { gradedAt: "desc" },
    select: { questionId: true, isCorrect: true },
  });
  const latest = new Map<string, boolean>();
  for (const item of items) if (!latest.has(item.questionId)) latest.set(item.questionId, item.isCorrect === true);
  return new Set([...latest].filter(([, isCorrect]) => !isCorrect).map(([questionId]) => questionId));
}

/** Questions the user flagged for review in a mock exam (their latest flag per question). */
async function flaggedQuestionIds(userId: string): Promise<Set<string>> {
  const items = await db.attemptItem.findMany({
    where: { attempt: { userId }, flagged: true },
    select: { questionId: true },
  });
  return new Set(items.map((item) => item.questionId));
}

/**
 * Starts a practice round for a signed-in user or a signed-out cookie holder: draws up to `size` live questions of the
 * exam matching the domain/topic filters (or only those last answered wrong) in random order. Returns the attempt id.
 */
export async function startPractice(
  requester: AttemptRequester,
  {
    tasks = [],
    questionIds = [],
    ...input
  }: Omit<StartPracticeInput, "tasks" | "questionIds"> & Partial<Pick<StartPracticeInput, "tasks" | "questionIds">>,
  random: Random = cryptoRandom,
): Promise<string> {
  if (!requester.userId && !requester.anonKeyHash)
    throw new Error("startPractice needs an owner: a user or a practice cookie");
  if ((input.source === "wrong" || input.source === "flagged") && !requester.userId)
    throw new AppError("quiz.errors.signInForWrong");
  const exam = await db.exam.findUnique({ where: { id: input.examId }, select: { id: true } });
  if (!exam) throw new AppError("quiz.errors.unknownExam", { field: "examId" });
  const candidates = await db.question.findMany({
    where: {
      examId: exam.id,
      retiredAt: null,
      ...(input.domains.length > 0 ? { domain: { slug: { in: input.domains } } } : {}),
      ...(input.topics.length > 0 ? { topics: { hasSome: input.topics } } : {}),
      ...(tasks.length > 0 ? { task: { in: tasks } } : {}),
      ...(questionIds.length > 0 ? { id: { in: questionIds } } : {}),
    },
    select: { id: true },
  });
  let ids = candidates.map((question) => question.id);
  if (input.source === "wrong" && requester.userId) {
    const wrong = await lastWrongQuestionIds(requester.userId);
    ids = ids.filter((id) => wrong.has(id));
  }
  if (input.source === "flagged" && requester.userId) {
    const flagged = await flaggedQuestionIds(requester.userId);
    ids = ids.filter((id) => flagged.has(id));
  }
  // The questions of the user's running mock exam are not served in practice (grading would reveal their key).
  const inExam = await runningExamQuestionIds(requester.userId);
  ids = ids.filter((id) => !inExam.has(id));
  if (ids.length === 0) throw new AppError("quiz.errors.noQuestions");
  const drawn = shuffled(ids, random).slice(0, input.size);
  const { domains, topics, size, source } = input;
  return createPracticeRound(requester, exam.id, drawn, { domains, topics, size, source, tasks });
}
