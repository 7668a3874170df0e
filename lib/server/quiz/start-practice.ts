import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { shuffled, type Random } from "@/lib/quiz/random";
import type { StartPracticeInput } from "@/lib/quiz/schemas";
import { quizError } from "@/lib/server/quiz/errors";
import { runningExamQuestionIds } from "@/lib/server/quiz/running-exam";

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

/**
 * Starts a practice round for a signed-in user or a signed-out cookie holder: draws up to `size` live questions of the
 * exam matching the domain/topic filters (or only those last answered wrong) in random order. Returns the attempt id.
 */
export async function startPractice(requester: AttemptRequester, input: StartPracticeInput, random: Random = cryptoRandom): Promise<string> {
  if (!requester.userId && !requester.anonKeyHash) throw new Error("startPractice needs an owner: a user or a practice cookie");
  if (input.source === "wrong" && !requester.userId) throw quizError("signInForWrong");
  const exam = await db.exam.findUnique({ where: { id: input.examId }, select: { id: true } });
  if (!exam) throw quizError("unknownExam", {}, "examId");
  const candidates = await db.question.findMany({
    where: {
      examId: exam.id,
      retiredAt: null,
      ...(input.domains.length > 0 ? { domain: { slug: { in: input.domains } } } : {}),
      ...(input.topics.length > 0 ? { topics: { hasSome: input.topics } } : {}),
    },
    select: { id: true },
  });
  let ids = candidates.map((question) => question.id);
  if (input.source === "wrong" && requester.userId) {
    const wrong = await lastWrongQuestionIds(requester.userId);
    ids = ids.filter((id) => wrong.has(id));
  }
  // The questions of the user's running mock exam are not served in practice (grading would reveal their key).
  const inExam = await runningExamQuestionIds(requester.userId);
  ids = ids.filter((id) => !inExam.has(id));
  if (ids.length === 0) throw quizError("noQuestions");
  const drawn = shuffled(ids, random).slice(0, input.size);
  const attempt = await db.attempt.create({
    data: {
      userId: requester.userId,
      anonKeyHash: requester.userId ? null : requester.anonKeyHash,
      examId: exam.id,
      mode: "PRACTICE",
      options: { domains: input.domains, topics: input.topics, size: input.size, source: input.source },
      total: drawn.length,
      items: { create: drawn.map((questionId, position) => ({ position, questionId })) },
    },
    select: { id: true },
  });
  return attempt.id;
}
