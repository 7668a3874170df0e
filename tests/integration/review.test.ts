// Spaced review through the real use cases and PostgreSQL: grading then FSRS, once per item; the queue on the day FSRS
// names (time passed in, as the e2e test clock does); leeches; one question answered from its page; exams; mastery.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { finishExam } from "@/lib/server/quiz/finish-exam";
import { saveExamAnswer } from "@/lib/server/quiz/save-exam-answer";
import { startExam } from "@/lib/server/quiz/start-exam";
import { answerPracticeAndReview } from "@/lib/server/review/answer-practice-and-review";
import { answerSingleQuestion } from "@/lib/server/review/answer-single-question";
import { getMastery } from "@/lib/server/review/get-mastery";
import { recordReview } from "@/lib/server/review/record-review";
import { getReviewQueue } from "@/lib/server/review/get-review-queue";
import { startLeechDrill } from "@/lib/server/review/start-leech-drill";
import { startReviewRound } from "@/lib/server/review/start-review-round";
import { getReviewStats } from "@/lib/server/review/review-stats";
import { listSideBanks } from "@/lib/server/review/list-side-banks";
import { createPracticeAttempt, createQuizBank, createUser, deleteQuizBank, type QuizBank } from "./quiz-fixtures";

let bank: QuizBank;
let carol: AttemptRequester;
let dave: AttemptRequester;
const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-12-01T01:00:00Z"); // 10:00 in Tokyo

beforeAll(async () => {
  bank = await createQuizBank("rv");
  carol = await createUser("carol-review@example.test");
  dave = await createUser("dave-review@example.test");
});
afterAll(async () => {
  await deleteQuizBank(bank);
  await db.user.deleteMany({ where: { email: { in: ["carol-review@example.test", "dave-review@example.test"] } } });
});

const cardOf = (userId: string, questionId: string) =>
  db.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } } });

describe("the review step after grading", () => {
  it("schedules a wrong answer for the next day and serves it in the queue that day, not before", async () => {
    const attemptId = await createPracticeAttempt(carol, bank.examId, [bank.single]);
    const feedback = await answerPracticeAndReview(carol, { attemptId, position: 0, selected: ["A"] }, "ja", t0);
    expect(feedback.isCorrect).toBe(false);
    const card = await cardOf(carol.userId as string, bank.single);
    expect(card?.due.getTime()).toBe(t0.getTime() + DAY);
    expect(card?.wrongCount).toBe(1);

    const sameDay = await getReviewQueue(
      carol.userId as string,
      bank.examId,
      new Date(t0.getTime() + 2 * 60 * 60 * 1000),
    );
    expect(sameDay.dueCount).toBe(0);
    expect(sameDay.questionIds).not.toContain(bank.single);
    const nextDay = await getReviewQueue(carol.userId as string, bank.examId, new Date(t0.getTime() + DAY));
    expect(nextDay.dueCount).toBe(1);
    expect(nextDay.questionIds[0]).toBe(bank.single);
    // Then new questions fill the rest of the daily limit, never one already scheduled.
    expect(new Set(nextDay.questionIds).size).toBe(nextDay.questionIds.length);
    expect(nextDay.newServed).toBe(bank.all.length - 1);
  });

  it("counts a graded item once, however often the answer is sent", async () => {
    const attemptId = await createPracticeAttempt(carol, bank.examId, [bank.multi]);
    await Promise.all(
      [0, 1, 2].map(() => answerPracticeAndReview(carol, { attemptId, position: 0, selected: ["A", "C"] }, "ja", t0)),
    );
    expect(await db.reviewLog.count({ where: { attemptId } })).toBe(1);
    const card = await cardOf(carol.userId as string, bank.multi);
    expect(card?.reps).toBe(1);
    expect(card?.state).toBe(2);
  });

  it("rates a right answer marked unsure lower (sooner review) than a quick sure one", async () => {
    const [a, b] = [bank.all[2] as string, bank.all[3] as string];
    const first = await createPracticeAttempt(dave, bank.examId, [a, b]);
    await answerPracticeAndReview(
      dave,
      { attemptId: first, position: 0, selected: ["A"], confidence: "unsure", elapsedMs: 30_000 },
      "ja",
      t0,
    );
    await answerPracticeAndReview(dave, { attemptId: first, position: 1, selected: ["A"], elapsedMs: 5_000 }, "ja", t0);
    const [unsure, sure] = await Promise.all([cardOf(dave.userId as string, a), cardOf(dave.userId as string, b)]);
    expect(unsure?.due.getTime()).toBeLessThan(sure?.due.getTime() as number);
    expect(
      (await db.reviewLog.findMany({ where: { attemptId: first }, orderBy: { position: "asc" } })).map(
        (log) => log.rating,
      ),
    ).toEqual([2, 4]);
  });

  it("keeps no schedule for a signed-out round and will not record another user's attempt", async () => {
    const anon: AttemptRequester = { userId: null, anonKeyHash: "anon-review-hash" };
    const attemptId = await createPracticeAttempt(anon, bank.examId, [bank.single]);
    await answerPracticeAndReview(anon, { attemptId, position: 0, selected: ["C"] }, "ja", t0);
    expect(await db.reviewLog.count({ where: { attemptId } })).toBe(0);
    const carols = await createPracticeAttempt(carol, bank.examId, [bank.single]);
    expect(
      await recordReview(
        { userId: dave.userId as string, attemptId: carols, position: 0, questionId: bank.single, isCorrect: true },
        t0,
      ),
    ).toBe(false);
  });

  it("turns a question failed 4 times into a leech: out of the queue, into the drill", async () => {
    const leech = bank.all[4] as string;
    for (let i = 0; i < 4; i += 1) {
      const attemptId = await createPracticeAttempt(dave, bank.examId, [leech]);
      await answerPracticeAndReview(
        dave,
        { attemptId, position: 0, selected: ["B"] },
        "ja",
        new Date(t0.getTime() + i * DAY),
      );
    }
    expect((await cardOf(dave.userId as string, leech))?.isLeech).toBe(true);
    const queue = await getReviewQueue(dave.userId as string, bank.examId, new Date(t0.getTime() + 30 * DAY));
    expect(queue.questionIds).not.toContain(leech);
    expect(queue.leechCount).toBe(1);
    const drill = await startLeechDrill(dave, bank.examId);
    const items = await db.attemptItem.findMany({ where: { attemptId: drill }, select: { questionId: true } });
    expect(items.map((item) => item.questionId)).toEqual([leech]);
    await answerPracticeAndReview(
      dave,
      { attemptId: drill, position: 0, selected: ["A"] },
      "ja",
      new Date(t0.getTime() + 30 * DAY),
    );
    expect(await cardOf(dave.userId as string, leech)).toMatchObject({ isLeech: false, wrongCount: 0 });
  });

  it("serves the queue as a practice round and respects the daily limit", async () => {
    await db.user.update({ where: { id: carol.userId as string }, data: { dailyReviewLimit: 3 } });
    const at = new Date(t0.getTime() + DAY);
    const queue = await getReviewQueue(carol.userId as string, bank.examId, at);
    expect(queue.questionIds.length).toBeLessThanOrEqual(3);
    const round = await startReviewRound(carol, bank.examId, at);
    const items = await db.attemptItem.findMany({
      where: { attemptId: round },
      orderBy: { position: "asc" },
      select: { questionId: true },
    });
    expect(items.map((item) => item.questionId)).toEqual(queue.questionIds);
    await db.user.update({ where: { id: carol.userId as string }, data: { dailyReviewLimit: 20 } });
  });

  it("gives retention over reviews and a 7-day forecast", async () => {
    const stats = await getReviewStats(carol.userId as string, t0);
    expect(stats.forecast).toHaveLength(7);
    expect(stats.forecast.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    expect(stats.cards).toBeGreaterThan(0);
  });
});

describe("one question from its own page", () => {
  it("grades it as a one-question practice round, signed out too, and never twice into one round", async () => {
    const anon: AttemptRequester = { userId: null, anonKeyHash: "anon-single-hash" };
    const feedback = await answerSingleQuestion(anon, { questionId: bank.single, selected: ["C"] }, "en", t0);
    expect(feedback.isCorrect).toBe(true);
    expect(feedback.keyLetters).toEqual(["C"]);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: feedback.attemptId }, include: { items: true } });
    expect(attempt).toMatchObject({
      mode: "PRACTICE",
      anonKeyHash: "anon-single-hash",
      userId: null,
      status: "SUBMITTED",
    });
    expect(attempt.items).toHaveLength(1);
    await expect(
      answerSingleQuestion(anon, { questionId: bank.single, selected: ["C", "A"] }, "en", t0),
    ).rejects.toMatchObject({ code: "quiz.errors.wrongCount" });
    await expect(
      answerSingleQuestion(anon, { questionId: "no-such-question", selected: ["A"] }, "en", t0),
    ).rejects.toThrow();
  });

  it("moves a signed-in learner's schedule", async () => {
    const question = bank.all[5] as string;
    await answerSingleQuestion(dave, { questionId: question, selected: ["A"] }, "ja", t0);
    expect((await cardOf(dave.userId as string, question))?.reps).toBe(1);
  });
});

describe("exam answers", () => {
  it("move the schedule when the exam is finished, answered items only", async () => {
    const erin = await createUser("erin-review@example.test");
    try {
      const attemptId = await startExam(erin, { examId: bank.examId, size: 3, isExtended: false }, new Date());
      await saveExamAnswer(erin, { attemptId, position: 0, selected: ["A"] }, new Date());
      await finishExam(attemptId, "SUBMITTED", new Date());
      await finishExam(attemptId, "SUBMITTED", new Date());
      expect(await db.reviewLog.count({ where: { attemptId } })).toBe(1);
      expect(await db.reviewCard.count({ where: { userId: erin.userId as string } })).toBe(1);
    } finally {
      await db.user.deleteMany({ where: { email: "erin-review@example.test" } });
    }
  });
});

describe("mastery by task statement", () => {
  it("counts seen questions per task and moves recall and readiness with answers", async () => {
    const frank = await createUser("frank-review@example.test");
    try {
      const [right, wrong] = [bank.all[6] as string, bank.all[7] as string];
      await db.question.updateMany({ where: { id: { in: [right, wrong] } }, data: { task: "1.2" } });
      const before = await getMastery(frank.userId as string, t0, bank.examId);
      expect(before.tasks.find((task) => task.task === "1.2")).toMatchObject({ total: 2, seen: 0, recall: null });
      const attemptId = await createPracticeAttempt(frank, bank.examId, [right, wrong]);
      await answerPracticeAndReview(frank, { attemptId, position: 0, selected: ["A"] }, "ja", t0);
      const afterRight = await getMastery(frank.userId as string, t0, bank.examId);
      const task = afterRight.tasks.find((candidate) => candidate.task === "1.2");
      expect(task?.seen).toBe(1);
      expect(task?.recall).toBeGreaterThan(0.8);
      expect(afterRight.readiness.score).toBeGreaterThan(before.readiness.score);
      await answerPracticeAndReview(frank, { attemptId, position: 1, selected: ["B"] }, "ja", t0);
      const afterWrong = await getMastery(frank.userId as string, t0, bank.examId);
      expect(afterWrong.tasks.find((candidate) => candidate.task === "1.2")?.recall).toBeLessThan(
        task?.recall as number,
      );
      expect(afterWrong.readiness.score).toBeLessThan(afterRight.readiness.score);
    } finally {
      await db.user.deleteMany({ where: { email: "frank-review@example.test" } });
    }
  });
});

describe("misconceptions", () => {
  it("are seeded, named after a wrong pick (never after a right answer), counted per learner and drilled, leeches first", async () => {
    const { seedMisconceptions } = await import("@/lib/content/seed/seed-misconceptions");
    const { listMisconceptions } = await import("@/lib/server/review/list-misconceptions");
    const { startMisconceptionDrill } = await import("@/lib/server/review/start-misconception-drill");
    const { topMisconceptions } = await import("@/lib/server/review/top-misconceptions");
    const gina = await createUser("gina-review@example.test");
    const [q1, q2] = [bank.all[2] as string, bank.all[4] as string]; // key A
    try {
      const catalogue = [
        {
          id: "rv-sg-stateless",
          name: { ja: "SG はステートレス", en: "SGs are stateless" },
          explanation: { ja: "ステートフルです。", en: "They are stateful." },
        },
        {
          id: "rv-nacl-stateful",
          name: { ja: "NACL はステートフル", en: "NACLs are stateful" },
          explanation: { ja: "ステートレスです。", en: "They are stateless." },
        },
      ];
      expect(
        await seedMisconceptions(db, {
          catalogue,
          tags: [
            { questionId: q1, letter: "B", misconceptionId: "rv-sg-stateless" },
            { questionId: q2, letter: "C", misconceptionId: "rv-sg-stateless" },
            { questionId: q2, letter: "D", misconceptionId: "rv-nacl-stateful" },
            { questionId: "rv-no-such", letter: "B", misconceptionId: "rv-sg-stateless" },
          ],
        }),
      ).toEqual({ misconceptions: 2, tags: 3 });
      // The catalogue lists the most tested first (two questions before one), whatever the ids' order.
      expect((await listMisconceptions(null, "en")).map((m) => [m.id, m.questionCount])).toEqual([
        ["rv-sg-stateless", 2],
        ["rv-nacl-stateful", 1],
      ]);

      const attemptId = await createPracticeAttempt(gina, bank.examId, [q1, q2]);
      const wrong = await answerPracticeAndReview(gina, { attemptId, position: 0, selected: ["B"] }, "en", t0);
      expect(wrong.misconceptions).toEqual([
        { letter: "B", id: "rv-sg-stateless", name: "SGs are stateless", explanation: "They are stateful." },
      ]);
      const right = await answerPracticeAndReview(gina, { attemptId, position: 1, selected: ["A"] }, "en", t0);
      expect(right.misconceptions).toEqual([]);

      const top = await topMisconceptions(gina.userId as string, "ja");
      expect(top).toEqual([
        expect.objectContaining({ id: "rv-sg-stateless", name: "SG はステートレス", timesPicked: 1, questionCount: 2 }),
      ]);
      expect((await listMisconceptions(null, "en")).find((m) => m.id === "rv-sg-stateless")?.timesPicked).toBe(0);

      await db.reviewCard.update({
        where: { userId_questionId: { userId: gina.userId as string, questionId: q2 } },
        data: { isLeech: true },
      });
      const drill = await startMisconceptionDrill(gina, "rv-sg-stateless", () => 0);
      const items = await db.attemptItem.findMany({
        where: { attemptId: drill },
        orderBy: { position: "asc" },
        select: { questionId: true },
      });
      expect(items.map((item) => item.questionId)).toEqual([q2, q1]);
      await expect(startMisconceptionDrill(gina, "no-such-misconception")).rejects.toThrow();
    } finally {
      await seedMisconceptions(db, { catalogue: [], tags: [] });
      await db.user.deleteMany({ where: { email: "gina-review@example.test" } });
    }
  });
});

describe("practice for a chosen set", () => {
  it("draws from task statements, flagged exam questions, or exactly the given questions", async () => {
    const { startPractice } = await import("@/lib/server/quiz/start-practice");
    const hana = await createUser("hana-review@example.test");
    try {
      const [a, b, c] = [bank.all[2] as string, bank.all[3] as string, bank.all[5] as string];
      await db.question.updateMany({ where: { id: { in: [a, b] } }, data: { task: "3.4" } });
      const base = { examId: bank.examId, domains: [] as string[], topics: [] as string[], size: 50 };
      const drawn = async (attemptId: string) =>
        (await db.attemptItem.findMany({ where: { attemptId }, select: { questionId: true } }))
          .map((item) => item.questionId)
          .sort();
      expect(await drawn(await startPractice(hana, { ...base, source: "all", tasks: ["3.4"] }))).toEqual([a, b].sort());
      expect(await drawn(await startPractice(hana, { ...base, source: "all", questionIds: [c, a] }))).toEqual(
        [a, c].sort(),
      );
      await expect(startPractice(hana, { ...base, source: "flagged" })).rejects.toMatchObject({
        code: "quiz.errors.noQuestions",
      });
      const exam = await createPracticeAttempt(hana, bank.examId, [c]);
      // A finished exam's flag (a running exam keeps its questions out of practice).
      await db.attempt.update({ where: { id: exam }, data: { mode: "EXAM", status: "SUBMITTED" } });
      await db.attemptItem.update({
        where: { attemptId_position: { attemptId: exam, position: 0 } },
        data: { flagged: true },
      });
      expect(await drawn(await startPractice(hana, { ...base, source: "flagged" }))).toEqual([c]);
      await expect(
        startPractice({ userId: null, anonKeyHash: "anon-flagged" }, { ...base, source: "flagged" }),
      ).rejects.toMatchObject({ code: "quiz.errors.signInForWrong" });
    } finally {
      await db.user.deleteMany({ where: { email: "hana-review@example.test" } });
    }
  });
});

describe("other banks the learner studies", () => {
  it("are listed with their due questions only, and their rounds serve those without new questions", async () => {
    const side = await createQuizBank("rvside");
    const ivy = await createUser("ivy-review@example.test");
    try {
      const userId = ivy.userId as string;
      const attemptId = await createPracticeAttempt(ivy, side.examId, [side.single]);
      await answerPracticeAndReview(ivy, { attemptId, position: 0, selected: ["A"] }, "ja", t0);
      // Not due the same day; due the next day, and only in the bank it belongs to.
      expect(await listSideBanks(userId, bank.examId, t0, "ja")).toEqual([]);
      const nextDay = new Date(t0.getTime() + DAY);
      expect(await listSideBanks(userId, bank.examId, nextDay, "en")).toEqual([
        { examId: side.examId, title: "Quiz exam", dueCount: 1 },
      ]);
      expect(await listSideBanks(userId, side.examId, nextDay, "ja")).toEqual([]);
      // The bank's queue without new questions: the due one alone; with them (the main bank's way), the rest too.
      const dueOnly = await getReviewQueue(userId, side.examId, nextDay, { newQuestions: false });
      expect(dueOnly.questionIds).toEqual([side.single]);
      expect(dueOnly.newServed).toBe(0);
      expect((await getReviewQueue(userId, side.examId, nextDay)).newServed).toBe(side.all.length - 1);
      const roundId = await startReviewRound(ivy, side.examId, nextDay, { newQuestions: false });
      const items = await db.attemptItem.findMany({ where: { attemptId: roundId }, select: { questionId: true } });
      expect(items.map((item) => item.questionId)).toEqual([side.single]);
      // A leech leaves the list (it is drilled apart, as in the main bank).
      await db.reviewCard.update({
        where: { userId_questionId: { userId, questionId: side.single } },
        data: { isLeech: true },
      });
      expect(await listSideBanks(userId, bank.examId, nextDay, "ja")).toEqual([]);
    } finally {
      await db.user.deleteMany({ where: { email: "ivy-review@example.test" } });
      await deleteQuizBank(side);
    }
  });
});
