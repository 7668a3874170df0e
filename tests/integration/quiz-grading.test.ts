// Practice grading through the real use case and PostgreSQL: all-or-nothing, exact count, bad ids, idempotency.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
// The use cases take the requester as an argument; the session module (Auth.js, which needs Next's runtime) is not used.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { answerPracticeQuestion } from "@/lib/server/quiz/answer-practice-question";
import { startPractice } from "@/lib/server/quiz/start-practice";
import { createPracticeAttempt, createQuizBank, createUser, deleteQuizBank, type QuizBank } from "./quiz-fixtures";

let bank: QuizBank;
let alice: AttemptRequester;

beforeAll(async () => {
  bank = await createQuizBank("qg");
  alice = await createUser("alice-grading@example.test");
});
afterAll(async () => {
  await deleteQuizBank(bank);
  await db.user.deleteMany({ where: { email: "alice-grading@example.test" } });
});

const answer = (attemptId: string, position: number, selected: string[]) =>
  answerPracticeQuestion(alice, { attemptId, position, selected }, "ja", new Date());

describe("practice grading", () => {
  it("grades a multi-select all-or-nothing: one right of two is wrong, both right is right", async () => {
    const attemptId = await createPracticeAttempt(alice, bank.examId, [bank.multi, bank.multi.replace("0002", "0003")]);
    const partial = await answer(attemptId, 0, ["A", "B"]);
    expect(partial.isCorrect).toBe(false);
    expect(partial.keyLetters).toEqual(["A", "C"]);
    const other = await createPracticeAttempt(alice, bank.examId, [bank.multi]);
    const full = await answer(other, 0, ["C", "A"]);
    expect(full.isCorrect).toBe(true);
    expect(full.selected).toEqual(["A", "C"]);
    const stored = await db.attemptItem.findUniqueOrThrow({
      where: { attemptId_position: { attemptId: other, position: 0 } },
    });
    expect(stored).toMatchObject({ isCorrect: true, selected: ["A", "C"] });
    expect(stored.gradedAt).not.toBeNull();
  });

  it("rejects the wrong number of choices without grading", async () => {
    const attemptId = await createPracticeAttempt(alice, bank.examId, [bank.multi]);
    await expect(answer(attemptId, 0, ["A"])).rejects.toBeInstanceOf(AppError);
    await expect(answer(attemptId, 0, ["A", "B", "C"])).rejects.toMatchObject({ code: "quiz.errors.wrongCount" });
    const item = await db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 0 } } });
    expect(item.gradedAt).toBeNull();
    expect(item.selected).toEqual([]);
  });

  it("rejects unknown choice letters, unknown attempts and positions", async () => {
    const attemptId = await createPracticeAttempt(alice, bank.examId, [bank.single]);
    await expect(answer(attemptId, 0, ["Z"])).rejects.toMatchObject({ code: "quiz.errors.unknownChoice" });
    await expect(answer(attemptId, 0, ["C", "C"])).rejects.toBeInstanceOf(AppError);
    await expect(answer("no-such-attempt", 0, ["C"])).rejects.toMatchObject({ code: "quiz.errors.attemptNotFound" });
    await expect(answer(attemptId, 7, ["C"])).rejects.toBeInstanceOf(AppError);
  });

  it("keeps the first grading when the same answer (or a different one) is submitted again, even concurrently", async () => {
    const attemptId = await createPracticeAttempt(alice, bank.examId, [bank.single, bank.multi]);
    const results = await Promise.all([
      answer(attemptId, 0, ["C"]),
      answer(attemptId, 0, ["C"]),
      answer(attemptId, 0, ["C"]),
    ]);
    expect(results.map((result) => result.isCorrect)).toEqual([true, true, true]);
    const again = await answer(attemptId, 0, ["A"]);
    expect(again).toMatchObject({ isCorrect: true, selected: ["C"] });
    const items = await db.attemptItem.findMany({ where: { attemptId } });
    expect(items).toHaveLength(2);
    expect(items.filter((item) => item.gradedAt !== null)).toHaveLength(1);
  });

  it("closes the round with its score when the last question is graded", async () => {
    const attemptId = await createPracticeAttempt(alice, bank.examId, [bank.single, bank.multi]);
    await answer(attemptId, 0, ["C"]);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("IN_PROGRESS");
    await answer(attemptId, 1, ["A", "B"]);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "SUBMITTED",
      correct: 1,
      total: 2,
    });
  });

  it("closes the round exactly once with the right score when its answers arrive all at once (with duplicates)", async () => {
    const questions = [bank.single, bank.multi, ...bank.all.slice(2, 4)]; // keys C; A, C; A; A
    for (let round = 0; round < 5; round++) {
      const attemptId = await createPracticeAttempt(alice, bank.examId, questions);
      const picks: string[][] = [["C"], ["A", "C"], ["A"], ["B"]];
      const results = await Promise.all(
        picks.flatMap((selected, position) => [
          answer(attemptId, position, selected),
          answer(attemptId, position, selected),
        ]),
      );
      expect(results.map((result) => result.isCorrect)).toEqual([true, true, true, true, true, true, false, false]);
      const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      expect(attempt).toMatchObject({ status: "SUBMITTED", correct: 3, total: 4, gradedCount: 4 });
      expect(attempt.finishedAt).not.toBeNull();
      const items = await db.attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
      expect(items.map((item) => item.selected)).toEqual(picks);
    }
  });

  it("keeps a running score while the round is open, and refuses exam items", async () => {
    const attemptId = await createPracticeAttempt(alice, bank.examId, [bank.single, bank.multi, bank.all[2] as string]);
    await answer(attemptId, 0, ["C"]);
    await answer(attemptId, 1, ["A", "B"]);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "IN_PROGRESS",
      correct: 1,
      gradedCount: 2,
      finishedAt: null,
    });
    await db.attempt.update({ where: { id: attemptId }, data: { mode: "EXAM" } });
    await expect(answer(attemptId, 2, ["A"])).rejects.toMatchObject({ code: "quiz.errors.notPractice" });
    expect(
      (await db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 2 } } })).gradedAt,
    ).toBeNull();
    // Finished, so its questions are no longer locked out of alice's practice for the tests below.
    await db.attempt.update({ where: { id: attemptId }, data: { status: "SUBMITTED" } });
  });

  it("grades in at most two round trips to PostgreSQL, a repeat included", async () => {
    const attemptId = await createPracticeAttempt(alice, bank.examId, [bank.single, bank.multi]);
    // Every statement, Prisma's or the pool's own, goes through a pg Client's query().
    const queries = vi.spyOn(pg.Client.prototype, "query");
    try {
      await answer(attemptId, 0, ["C"]);
      expect(queries.mock.calls.length).toBeGreaterThanOrEqual(1); // the spy sees the statements
      expect(queries.mock.calls.length).toBeLessThanOrEqual(2);
      queries.mockClear();
      await answer(attemptId, 0, ["A"]);
      expect(queries.mock.calls.length).toBeLessThanOrEqual(2);
      queries.mockClear();
      await expect(answer(attemptId, 1, ["A"])).rejects.toBeInstanceOf(AppError);
      expect(queries.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      queries.mockRestore();
    }
  });

  it("draws a round from the chosen domain, and from last-wrong questions for a signed-in user", async () => {
    const domainRound = await startPractice(alice, {
      examId: bank.examId,
      domains: ["two"],
      topics: [],
      size: 50,
      source: "all",
    });
    const drawn = await db.attemptItem.findMany({
      where: { attemptId: domainRound },
      select: { question: { select: { domainId: true } } },
    });
    expect(drawn.length).toBe(5);
    expect(drawn.every((item) => item.question.domainId === `${bank.examId}:two`)).toBe(true);
    const wrongRound = await startPractice(alice, {
      examId: bank.examId,
      domains: [],
      topics: [],
      size: 50,
      source: "wrong",
    });
    const wrongIds = (
      await db.attemptItem.findMany({ where: { attemptId: wrongRound }, select: { questionId: true } })
    ).map((item) => item.questionId);
    // Earlier tests answered the multi question wrong last (A, B) and the single one right.
    expect(wrongIds).toContain(bank.multi);
    expect(wrongIds).not.toContain(bank.single);
    await expect(
      startPractice(
        { userId: null, anonKeyHash: "x" },
        { examId: bank.examId, domains: [], topics: [], size: 5, source: "wrong" },
      ),
    ).rejects.toMatchObject({ code: "quiz.errors.signInForWrong" });
    await expect(
      startPractice(alice, { examId: "nope", domains: [], topics: [], size: 5, source: "all" }),
    ).rejects.toBeInstanceOf(AppError);
  });
});
