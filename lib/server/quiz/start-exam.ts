import "server-only";
import { db } from "@/lib/db";
import { canTakeExam, type AttemptRequester } from "@/lib/permissions";
import { shuffled, type Random } from "@/lib/quiz/random";
import type { StartExamInput } from "@/lib/quiz/schemas";
import { drawWeighted } from "@/lib/quiz/weighted-draw";
import { AppError } from "@/lib/errors";
import { examMinutes } from "@/lib/server/quiz/exam-timing";
import { cryptoRandom } from "@/lib/server/quiz/start-practice";

/**
 * Starts a mock exam for a signed-in user: questions drawn across the domains at the exam's weights, a deadline
 * fixed now by the server clock. With `set: N`, exactly the live questions of the fixed mock set 模擬試験 N (exam.yaml),
 * in an order shuffled per attempt, and the attempt records the set. Returns the attempt id.
 */
export async function startExam(
  requester: AttemptRequester,
  input: StartExamInput,
  now: Date,
  random: Random = cryptoRandom,
): Promise<string> {
  if (!canTakeExam(requester) || !requester.userId) throw new AppError("quiz.errors.signInForExam");
  const exam = await db.exam.findUnique({
    where: { id: input.examId },
    select: {
      id: true,
      questionCount: true,
      minutes: true,
      extensionMinutes: true,
      domains: { orderBy: { position: "asc" }, select: { id: true, weight: true } },
    },
  });
  if (!exam) throw new AppError("quiz.errors.unknownExam", { field: "examId" });
  let drawn: string[];
  if (input.set !== undefined) {
    const set = await db.examSet.findUnique({
      where: { examId_number: { examId: exam.id, number: input.set } },
      select: { questionIds: true },
    });
    if (!set) throw new AppError("quiz.errors.unknownSet", { params: { n: input.set }, field: "set" });
    // A question retired since the set was written is left out (content:check asks for the set to be regenerated).
    const live = await db.question.findMany({
      where: { examId: exam.id, retiredAt: null, id: { in: set.questionIds } },
      select: { id: true },
    });
    drawn = shuffled(live.map((question) => question.id).sort(), random);
  } else {
    const live = await db.question.findMany({
      where: { examId: exam.id, retiredAt: null },
      select: { id: true, domainId: true },
    });
    const pools = exam.domains.map((domain) => ({
      domainId: domain.id,
      weight: domain.weight,
      questionIds: live.filter((question) => question.domainId === domain.id).map((question) => question.id),
    }));
    drawn = drawWeighted(pools, Math.min(input.size ?? exam.questionCount, exam.questionCount), random);
  }
  if (drawn.length === 0) throw new AppError("quiz.errors.noQuestions");
  const minutes = examMinutes(exam, drawn.length, input.isExtended);
  const startedAt = now;
  const attempt = await db.attempt.create({
    data: {
      userId: requester.userId,
      examId: exam.id,
      mode: "EXAM",
      options: {
        size: drawn.length,
        isExtended: input.isExtended,
        minutes,
        ...(input.set !== undefined ? { set: input.set } : {}),
      },
      setNumber: input.set ?? null,
      startedAt,
      deadlineAt: new Date(startedAt.getTime() + minutes * 60_000),
      total: drawn.length,
      items: { create: drawn.map((questionId, position) => ({ position, questionId })) },
    },
    select: { id: true },
  });
  return attempt.id;
}
