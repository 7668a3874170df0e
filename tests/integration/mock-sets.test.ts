// Fixed mock sets (模擬試験 N) on a real PostgreSQL: seeding exam.yaml's sets in the seed's transaction, starting
// "set 3" (exactly its questions, the attempt records the set), an unknown set refused with a message, and the
// learner's taken sets in the exam options, history and report.
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { db } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { seedContent } from "@/lib/content/seed/seed-content";
import type { AttemptRequester } from "@/lib/permissions";
import { startExamSchema } from "@/lib/quiz/schemas";
import { getExamReport } from "@/lib/server/quiz/get-exam-report";
import { listAttempts } from "@/lib/server/quiz/list-attempts";
import { listExamOptions } from "@/lib/server/quiz/list-exam-options";
import { startExam } from "@/lib/server/quiz/start-exam";
import { submitExam } from "@/lib/server/quiz/submit-exam";
import { migrateDeploy } from "../../scripts/lib/migrate";
import { createQuizBank, createUser, deleteQuizBank, type QuizBank } from "./quiz-fixtures";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));

let bank: QuizBank;
let carol: AttemptRequester;
const email = "carol-sets@example.test";

beforeAll(async () => {
  bank = await createQuizBank("ms");
  carol = await createUser(email);
  const [a, b, c, d, e, f, g, h, i, j] = bank.all;
  await db.examSet.createMany({
    data: [
      { examId: bank.examId, number: 1, questionIds: [a!, b!, c!] },
      { examId: bank.examId, number: 2, questionIds: [d!, e!, f!] },
      { examId: bank.examId, number: 3, questionIds: [g!, h!, i!, j!] },
    ],
  });
});
afterAll(async () => {
  await deleteQuizBank(bank);
  await db.user.deleteMany({ where: { email } });
});

describe("starting a fixed set", () => {
  it("asks exactly set 3's questions, records the set, and shows it in options, history and the report", async () => {
    const expected = bank.all.slice(6, 10);
    const attemptId = await startExam(carol, { examId: bank.examId, set: 3, isExtended: false }, new Date());
    const attempt = await db.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(attempt.setNumber).toBe(3);
    expect(attempt.total).toBe(4);
    expect(attempt.items.map((item) => item.questionId).sort()).toEqual([...expected].sort());
    // The full exam's minutes scaled to the set's size (20 × 4/10).
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(8 * 60_000);

    const options = await listExamOptions("ja", carol.userId);
    expect(options.find((option) => option.id === bank.examId)?.sets).toEqual([
      { number: 1, takenCount: 0 },
      { number: 2, takenCount: 0 },
      { number: 3, takenCount: 1 },
    ]);
    expect(
      (await listExamOptions("ja")).find((option) => option.id === bank.examId)?.sets.map((set) => set.takenCount),
    ).toEqual([0, 0, 0]);
    const rows = await listAttempts(carol.userId!, "en", new Date());
    expect(rows.find((row) => row.id === attemptId)?.setNumber).toBe(3);
    await submitExam(carol, attemptId, new Date());
    expect((await getExamReport(carol, attemptId, "en", new Date())).setNumber).toBe(3);
  });

  it("leaves a random draw without a set", async () => {
    const attemptId = await startExam(carol, { examId: bank.examId, size: 5, isExtended: false }, new Date());
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).setNumber).toBeNull();
    await submitExam(carol, attemptId, new Date());
  });

  it("refuses a set the exam does not have with a message for the field, and writes no attempt", async () => {
    const before = await db.attempt.count({ where: { userId: carol.userId } });
    const refusal = await startExam(carol, { examId: bank.examId, set: 9, isExtended: false }, new Date()).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect(errorText(refusal as AppError, "ja")).toBe(
      "模擬試験 9 はありません。ランダムか一覧のセットを選んでください。",
    );
    expect(errorText(refusal as AppError, "en")).toBe(
      "There is no mock exam 9. Choose random or one of the listed sets.",
    );
    expect((refusal as AppError).field).toBe("set");
    expect(await db.attempt.count({ where: { userId: carol.userId } })).toBe(before);
  });

  it("validates the form's set field: empty means random, anything but a positive number is refused", () => {
    expect(startExamSchema.parse({ examId: "x", set: "" }).set).toBeUndefined();
    expect(startExamSchema.parse({ examId: "x", set: "3" }).set).toBe(3);
    expect(startExamSchema.safeParse({ examId: "x", set: "abc" }).success).toBe(false);
    expect(startExamSchema.safeParse({ examId: "x", set: "0" }).success).toBe(false);
  });
});

describe("seeding the sets", () => {
  const databaseName = `mock_sets_test_${process.pid}`;
  let own: Db;
  let adminUrl: string;

  beforeAll(async () => {
    adminUrl = process.env.DATABASE_URL!;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName}`);
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    const ownUrl = new URL(adminUrl);
    ownUrl.pathname = `/${databaseName}`;
    migrateDeploy(ownUrl.toString());
    own = createPrismaClient(ownUrl.toString(), { maxConnections: 2 });
  });
  afterAll(async () => {
    await own?.$disconnect();
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  });

  it("stores exam.yaml's sets with the questions, and a re-seed leaves them as they are", async () => {
    const dir = path.resolve(import.meta.dirname, "../../lib/content/__fixtures__/sets/valid");
    for (let run = 0; run < 2; run++) {
      expect(await seedContent(own, dir, { repoRoot: dir })).toMatchObject({ ok: true });
      expect(
        await own.examSet.findMany({
          orderBy: { number: "asc" },
          select: { examId: true, number: true, questionIds: true },
        }),
      ).toEqual([
        { examId: "network-basics", number: 1, questionIds: ["net-0001", "net-0009"] },
        { examId: "network-basics", number: 2, questionIds: ["net-0002", "net-0010"] },
      ]);
    }
  });
});
