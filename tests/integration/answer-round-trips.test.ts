// The practice answer's SQL path (lib/server/quiz/grade-answer-sql.ts) through the real use case and PostgreSQL: its
// round trips (one to grade, one more for a signed-in learner's review step, which reads the card in the grading
// statement), and the refusals that statement decides: not the owner, a wrong attempt id, an exam (running, expired),
// a duplicate; and a variant item, graded only once its key is derived.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { db, sqlPool } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { newCardRow, scheduleAnswer } from "@/lib/review/fsrs";
import { gradeAnswerQuery, type GradeAnswerParams, type GradeAnswerRow } from "@/lib/server/quiz/grade-answer-sql";
import { answerPracticeAndReview } from "@/lib/server/review/answer-practice-and-review";
import { findSessionUser } from "@/lib/server/accounts/find-session-user";
import { digest } from "@/lib/server/accounts/sessions";
import { createPracticeAttempt, createQuizBank, createUser, deleteQuizBank, type QuizBank } from "./quiz-fixtures";

let bank: QuizBank;
let erin: AttemptRequester;
let frank: AttemptRequester;
const anon: AttemptRequester = { userId: null, anonKeyHash: "a".repeat(64) };
const t0 = new Date("2026-12-02T01:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  bank = await createQuizBank("rt");
  erin = await createUser("erin-trips@example.test");
  frank = await createUser("frank-trips@example.test");
});
afterAll(async () => {
  await deleteQuizBank(bank);
  await db.user.deleteMany({ where: { email: { in: ["erin-trips@example.test", "frank-trips@example.test"] } } });
});

/** The statements the use case sends (every one, Prisma's included, goes through a pg Client's query()). */
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await run();
    return { result, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

const answer = (who: AttemptRequester, attemptId: string, position: number, selected: string[], at = t0) =>
  answerPracticeAndReview(who, { attemptId, position, selected }, "ja", at);
const itemOf = (attemptId: string, position: number) =>
  db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position } } });

describe("the practice answer's round trips", () => {
  it("grades a signed-out answer in one statement", async () => {
    const attemptId = await createPracticeAttempt(anon, bank.examId, [bank.single]);
    const { result, statements } = await counted(() => answer(anon, attemptId, 0, ["C"]));
    expect(result.isCorrect).toBe(true);
    expect(statements).toBe(1);
  });

  it("grades a signed-in answer and moves the review card in two, the card read by the grading statement", async () => {
    const first = await createPracticeAttempt(erin, bank.examId, [bank.multi]);
    const once = await counted(() => answer(erin, first, 0, ["A", "B"]));
    expect([once.result.isCorrect, once.statements]).toEqual([false, 2]);
    const cardBefore = await db.reviewCard.findUniqueOrThrow({
      where: { userId_questionId: { userId: erin.userId as string, questionId: bank.multi } },
    });
    expect(cardBefore).toMatchObject({ reps: 1, wrongCount: 1, lastIsCorrect: false });
    expect(cardBefore.due.getTime()).toBe(t0.getTime() + DAY);

    // A second round, two days later: the card the statement read (dates as epoch ms) schedules exactly as the stored one.
    const later = new Date(t0.getTime() + 2 * DAY);
    const second = await createPracticeAttempt(erin, bank.examId, [bank.multi]);
    const twice = await counted(() => answer(erin, second, 0, ["A", "C"], later));
    expect([twice.result.isCorrect, twice.statements]).toEqual([true, 2]);
    const expected = scheduleAnswer(cardBefore, { isCorrect: true }, later).card;
    const cardAfter = await db.reviewCard.findUniqueOrThrow({
      where: { userId_questionId: { userId: erin.userId as string, questionId: bank.multi } },
    });
    expect(cardAfter).toMatchObject({
      reps: 2,
      due: expected.due,
      stability: expected.stability,
      difficulty: expected.difficulty,
      lastReview: later,
      wrongCount: 1,
      lastIsCorrect: true,
    });
    // (Not what a first answer would give: the card read was used.)
    expect(cardAfter.stability).not.toBe(scheduleAnswer(newCardRow(later), { isCorrect: true }, later).card.stability);
  });

  it("records a duplicate answer once: two copies at once grade the item, count it and log its review once", async () => {
    const attemptId = await createPracticeAttempt(erin, bank.examId, [bank.all[2] as string, bank.all[3] as string]);
    const replies = await Promise.all([0, 1].map(() => answer(erin, attemptId, 0, ["A"])));
    expect(replies.map((reply) => reply.isCorrect)).toEqual([true, true]);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      gradedCount: 1,
      correct: 1,
      status: "IN_PROGRESS",
    });
    expect(await db.reviewLog.count({ where: { attemptId } })).toBe(1);
    // Sent again later (a retry): the first grading, in one statement plus the review write that changes nothing.
    const again = await counted(() => answer(erin, attemptId, 0, ["B"]));
    expect([again.result.isCorrect, again.result.selected, again.statements]).toEqual([true, ["A"], 2]);
    expect(await db.reviewLog.count({ where: { attemptId } })).toBe(1);
  });
});

describe("the session read before it (a signed-in action)", () => {
  it("is one statement: the session and its user joined; an expired session is no user", async () => {
    const sid = `trips-${Date.now()}`;
    await db.session.create({
      data: { sessionToken: digest(sid), userId: erin.userId as string, expires: new Date(Date.now() + DAY) },
    });
    const found = await counted(() => findSessionUser(sid));
    expect(found).toEqual({ result: { id: erin.userId, name: "erin-trips", role: "USER" }, statements: 1 });
    expect(await findSessionUser(sid, new Date(Date.now() + 2 * DAY))).toBeNull();
    expect(await findSessionUser("no-such-session")).toBeNull();
  });
});

describe("the session checked by the grading statement (the action passes the cookie's session id)", () => {
  const MINUTE = 60_000;
  async function sessionOf(who: AttemptRequester, lastSeenAt: Date, expires = new Date(t0.getTime() + DAY)) {
    const sid = `trips-${Math.random()}`;
    await db.session.create({
      data: { sessionToken: digest(sid), userId: who.userId as string, expires, lastSeenAt },
    });
    return { userId: null, anonKeyHash: null, session: { id: sid, at: t0 } };
  }
  const lastSeen = async (sid: string) =>
    (await db.session.findUniqueOrThrow({ where: { sessionToken: digest(sid) } })).lastSeenAt;

  it("grades as the live session's user and moves their card: two statements in all, authentication included", async () => {
    const viaSession = await sessionOf(erin, new Date(t0.getTime() - MINUTE));
    const attemptId = await createPracticeAttempt(erin, bank.examId, [bank.all[5] as string]);
    const { result, statements } = await counted(() => answer(viaSession, attemptId, 0, ["A"]));
    expect([result.isCorrect, statements]).toEqual([true, 2]);
    expect(await db.reviewLog.count({ where: { attemptId, userId: erin.userId as string } })).toBe(1);
    // Used a minute ago: not written again (at most every 5 minutes, as findSessionUser does).
    expect(await lastSeen(viaSession.session.id)).toEqual(new Date(t0.getTime() - MINUTE));
  });

  it("checks the session at its own (real) time, not at the request clock a test clock moves days ahead", async () => {
    const viaSession = await sessionOf(erin, new Date(t0.getTime() - MINUTE));
    const attemptId = await createPracticeAttempt(erin, bank.examId, [bank.all[7] as string]);
    const threeDaysOn = new Date(t0.getTime() + 3 * DAY);
    expect((await answer(viaSession, attemptId, 0, ["A"], threeDaysOn)).isCorrect).toBe(true);
    const card = await db.reviewCard.findUniqueOrThrow({
      where: { userId_questionId: { userId: erin.userId as string, questionId: bank.all[7] as string } },
    });
    expect(card.lastReview).toEqual(threeDaysOn);
  });

  it("records the session's use when it was last seen over 5 minutes ago, even when the answer is refused", async () => {
    const viaSession = await sessionOf(erin, new Date(t0.getTime() - 6 * MINUTE));
    await expect(answer(viaSession, "no-such-attempt", 0, ["A"])).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    expect(await lastSeen(viaSession.session.id)).toEqual(t0);
  });

  it("refuses the learner's round to an expired, an idle, an unknown or another user's session", async () => {
    const attemptId = await createPracticeAttempt(erin, bank.examId, [bank.all[6] as string]);
    const expired = await sessionOf(erin, new Date(t0.getTime() - MINUTE), new Date(t0.getTime() - 1));
    const idle = await sessionOf(erin, new Date(t0.getTime() - 12 * 60 * MINUTE - 1));
    const franks = await sessionOf(frank, new Date(t0.getTime() - MINUTE));
    const unknown = { userId: null, anonKeyHash: null, session: { id: "no-such-session", at: t0 } };
    for (const who of [expired, idle, franks, unknown])
      await expect(answer(who, attemptId, 0, ["A"])).rejects.toMatchObject({ code: "quiz.errors.attemptNotFound" });
    expect((await itemOf(attemptId, 0)).gradedAt).toBeNull();
    expect(await lastSeen(idle.session.id)).toEqual(new Date(t0.getTime() - 12 * 60 * MINUTE - 1));
  });
});

describe("refused by the grading statement, with nothing written", () => {
  it("another user's round, a cookie holder's round, or a wrong attempt id: 'not found', in one statement", async () => {
    const erins = await createPracticeAttempt(erin, bank.examId, [bank.single]);
    const anons = await createPracticeAttempt(anon, bank.examId, [bank.single]);
    for (const [who, attemptId] of [
      [frank, erins],
      [{ userId: null, anonKeyHash: "b".repeat(64) }, anons],
      [frank, anons],
      [erin, "no-such-attempt"],
    ] as const) {
      const refused = await counted(() => answer(who, attemptId, 0, ["C"]).catch((error: unknown) => error));
      expect(refused.result).toMatchObject({ code: "quiz.errors.attemptNotFound" });
      expect(refused.statements).toBe(1);
    }
    for (const attemptId of [erins, anons]) expect((await itemOf(attemptId, 0)).gradedAt).toBeNull();
    expect(await db.reviewLog.count({ where: { userId: frank.userId as string } })).toBe(0);
  });

  it("an exam's item, running or expired, is not graded as practice; an expired exam no longer locks its questions", async () => {
    const exam = await createPracticeAttempt(frank, bank.examId, [bank.all[4] as string]);
    await db.attempt.update({ where: { id: exam }, data: { mode: "EXAM" } });
    const practice = await createPracticeAttempt(frank, bank.examId, [bank.all[4] as string]);
    await expect(answer(frank, exam, 0, ["A"])).rejects.toMatchObject({ code: "quiz.errors.notPractice" });
    await expect(answer(frank, practice, 0, ["A"])).rejects.toMatchObject({ code: "quiz.errors.inRunningExam" });
    expect((await itemOf(practice, 0)).gradedAt).toBeNull();

    await db.attempt.update({ where: { id: exam }, data: { status: "EXPIRED", finishedAt: t0 } });
    await expect(answer(frank, exam, 0, ["A"])).rejects.toMatchObject({ code: "quiz.errors.notPractice" });
    expect((await itemOf(exam, 0)).gradedAt).toBeNull();
    expect((await answer(frank, practice, 0, ["A"])).isCorrect).toBe(true);
  });
});

describe("a variant item in the grading statement", () => {
  it("is left ungraded until the caller derives its key, then graded against that key (not the stored one)", async () => {
    const attemptId = await createPracticeAttempt(anon, bank.examId, [bank.single]);
    await db.attemptItem.update({
      where: { attemptId_position: { attemptId, position: 0 } },
      data: { variantSeed: 7 },
    });
    const run = async (key: string[] | null, resolved: boolean) => {
      const at = t0.toISOString();
      const params: GradeAnswerParams = [
        attemptId,
        0,
        null,
        anon.anonKeyHash,
        ["B"],
        at,
        key,
        resolved,
        null,
        1,
        1,
        at,
      ];
      return (await sqlPool().query<GradeAnswerRow, GradeAnswerParams>(gradeAnswerQuery(params))).rows[0];
    };
    const first = await run(null, false);
    expect(first).toMatchObject({ needsVariantKey: true, variantSeed: 7, gradedNow: false, feedback: null });
    expect(first?.misconceptions).toBeNull();
    expect((await itemOf(attemptId, 0)).gradedAt).toBeNull();
    // The variant's key is B (the question as written has C): B is right.
    const graded = await run(["B"], true);
    expect(graded).toMatchObject({ needsVariantKey: false, gradedNow: true, isCorrect: true });
    expect(graded?.feedback).not.toBeNull();
    expect(await itemOf(attemptId, 0)).toMatchObject({ isCorrect: true, selected: ["B"] });
  });
});
