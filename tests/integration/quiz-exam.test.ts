// Exam mode through the real use cases: weighted draw, saving as chosen, the server-kept deadline (moved with the
// shared test clock, no sleeping), automatic expiry, submission, and the report.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { requestNow } from "@/lib/request-context";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { getExamReport } from "@/lib/server/quiz/get-exam-report";
import { getExamSession } from "@/lib/server/quiz/get-exam-session";
import { listAttempts } from "@/lib/server/quiz/list-attempts";
import { flagExamItem } from "@/lib/server/quiz/flag-exam-item";
import { saveExamAnswer } from "@/lib/server/quiz/save-exam-answer";
import { startExam } from "@/lib/server/quiz/start-exam";
import { submitExam } from "@/lib/server/quiz/submit-exam";
import { createQuizBank, createUser, deleteQuizBank, setClockOffset, testNow, type QuizBank } from "./quiz-fixtures";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));

let bank: QuizBank;
let bob: AttemptRequester;
const MINUTE = 60_000;

beforeAll(async () => {
  bank = await createQuizBank("qe");
  bob = await createUser("bob-exam@example.test");
});
afterEach(async () => setClockOffset(0));
afterAll(async () => {
  await deleteQuizBank(bank);
  await db.user.deleteMany({ where: { email: "bob-exam@example.test" } });
});

async function keyOf(attemptId: string, position: number): Promise<string[]> {
  const item = await db.attemptItem.findUniqueOrThrow({
    where: { attemptId_position: { attemptId, position } },
    select: { question: { select: { choices: { where: { isCorrect: true }, select: { letter: true } } } } },
  });
  return item.question.choices.map((choice) => choice.letter);
}

describe("the server clock", () => {
  it("moves with the shared test offset only while KAISETSU_TEST_HOOKS=1", async () => {
    await setClockOffset(3 * 60 * MINUTE);
    expect((await requestNow()).getTime() - Date.now()).toBeGreaterThan(2 * 60 * MINUTE);
    process.env.KAISETSU_TEST_HOOKS = "0";
    try {
      expect(Math.abs((await requestNow()).getTime() - Date.now())).toBeLessThan(MINUTE);
    } finally {
      process.env.KAISETSU_TEST_HOOKS = "1";
    }
  });
});

describe("exam mode", () => {
  it("needs a signed-in user", async () => {
    await expect(
      startExam({ userId: null, anonKeyHash: "anon" }, { examId: bank.examId, isExtended: false }, await testNow()),
    ).rejects.toMatchObject({ code: "quiz.errors.signInForExam" });
  });

  it("draws at the domain weights and sets the deadline from the exam's minutes (+ extension, scaled to the size)", async () => {
    const full = await startExam(bob, { examId: bank.examId, isExtended: false }, await testNow());
    const attempt = await db.attempt.findUniqueOrThrow({
      where: { id: full },
      include: { items: { include: { question: true } } },
    });
    expect(attempt.items).toHaveLength(10);
    expect(attempt.items.filter((item) => item.question.domainId.endsWith(":one"))).toHaveLength(5); // only 5 exist in "one"
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(20 * MINUTE);
    const short = await startExam(bob, { examId: bank.examId, size: 5, isExtended: true }, await testNow());
    const shortAttempt = await db.attempt.findUniqueOrThrow({
      where: { id: short },
      include: { items: { include: { question: true } } },
    });
    expect(shortAttempt.items).toHaveLength(5);
    expect(shortAttempt.items.filter((item) => item.question.domainId.endsWith(":one"))).toHaveLength(3); // 60% of 5
    expect(shortAttempt.deadlineAt!.getTime() - shortAttempt.startedAt.getTime()).toBe(15 * MINUTE); // (20 + 10) × 5/10
    await submitExam(bob, full, await testNow());
    await submitExam(bob, short, await testNow());
  });

  it("saves answers as chosen, resumes them, refuses a late answer and finishes at the deadline with what was saved", async () => {
    const attemptId = await startExam(bob, { examId: bank.examId, size: 4, isExtended: false }, await testNow());
    const right = await keyOf(attemptId, 0);
    await saveExamAnswer(bob, { attemptId, position: 0, selected: right }, await testNow());
    await saveExamAnswer(bob, { attemptId, position: 1, selected: ["B"] }, await testNow());
    await saveExamAnswer(bob, { attemptId, position: 1, selected: ["B"] }, await testNow()); // same save twice: still one answer
    await flagExamItem(bob, { attemptId, position: 2, isFlagged: true }, await testNow());
    await expect(
      saveExamAnswer(bob, { attemptId, position: 1, selected: ["Q"] }, await testNow()),
    ).rejects.toBeInstanceOf(AppError);

    const session = await getExamSession(bob, attemptId, "ja", await testNow());
    if (session === "finished") throw new Error("expected a running exam");
    expect(session.items.map((item) => item.selected)).toEqual([right, ["B"], [], []]);
    expect(session.items[2]?.isFlagged).toBe(true);

    await setClockOffset(9 * MINUTE); // the 4-question exam lasts 8 minutes
    await expect(
      saveExamAnswer(bob, { attemptId, position: 3, selected: ["A"] }, await testNow()),
    ).rejects.toMatchObject({
      code: "quiz.errors.deadlinePassed",
    });
    const finished = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { items: true } });
    expect(finished.status).toBe("EXPIRED");
    expect(finished.items.find((item) => item.position === 3)?.selected).toEqual([]);
    expect(finished.finishedAt).toEqual(finished.deadlineAt);
    expect(await getExamSession(bob, attemptId, "ja", await testNow())).toBe("finished");
    await expect(
      saveExamAnswer(bob, { attemptId, position: 3, selected: ["A"] }, await testNow()),
    ).rejects.toMatchObject({
      code: "quiz.errors.attemptFinished",
    });
  });

  it("expires an abandoned exam when it is next looked at, and reports it by domain", async () => {
    const attemptId = await startExam(bob, { examId: bank.examId, size: 4, isExtended: false }, await testNow());
    await saveExamAnswer(bob, { attemptId, position: 0, selected: await keyOf(attemptId, 0) }, await testNow());
    await setClockOffset(60 * MINUTE);
    const history = await listAttempts(bob.userId!, "ja", await testNow());
    expect(history.find((row) => row.id === attemptId)?.status).toBe("EXPIRED");
    const report = await getExamReport(bob, attemptId, "en", await testNow());
    expect(report).toMatchObject({ status: "EXPIRED", correct: 1, total: 4, passingScore: 720 });
    expect(report.domains.reduce((sum, domain) => sum + domain.total, 0)).toBe(4);
    expect(report.wrong.map((item) => item.position)).toEqual([1, 2, 3]);
  });

  it("grades multi-select all-or-nothing on submit and makes the report", async () => {
    const attemptId = await startExam(bob, { examId: bank.examId, size: 10, isExtended: false }, await testNow());
    await expect(getExamReport(bob, attemptId, "ja", await testNow())).rejects.toBeInstanceOf(AppError); // not before submission
    const items = await db.attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    for (const item of items) {
      const key = await keyOf(attemptId, item.position);
      // Right on the single-answer questions; half of the key on the multi-select one.
      await saveExamAnswer(
        bob,
        {
          attemptId,
          position: item.position,
          selected: item.questionId === bank.multi ? key.slice(0, 1) : key,
        },
        await testNow(),
      );
    }
    await submitExam(bob, attemptId, await testNow());
    await submitExam(bob, attemptId, await testNow()); // idempotent
    const report = await getExamReport(bob, attemptId, "ja", await testNow());
    expect(report).toMatchObject({ status: "SUBMITTED", correct: 9, total: 10 });
    expect(report.wrong).toEqual([expect.objectContaining({ questionId: bank.multi })]);
    expect(report.scaledEstimate).toBeGreaterThan(720);
  });
});
