// db:seed on a real PostgreSQL: idempotence by content hash, updates, retirement, and a broken bank writing nothing.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db-client";
import { toSeedQuestion } from "../../lib/content/seed/content-hash";
import { loadBank } from "../../lib/content/parse/load-bank";
import { seedBank } from "../../lib/content/seed/seed-bank";
import { seedContent } from "../../lib/content/seed/seed-content";
import { migrateDeploy } from "../../scripts/lib/migrate";

const fixtures = path.resolve(import.meta.dirname, "../../lib/content/__fixtures__");
const databaseName = `seed_test_${process.pid}`;
let db: Db;
let adminUrl: string;
let bankDir: string;

/** Everything the seeder owns, in a comparable form. */
async function snapshot() {
  const questions = await db.question.findMany({
    orderBy: { id: "asc" },
    select: { id: true, contentHash: true, retiredAt: true, updatedAt: true },
  });
  const counts = await Promise.all([
    db.exam.count(),
    db.domain.count(),
    db.questionText.count(),
    db.choice.count(),
    db.choiceText.count(),
  ]);
  return { questions, counts };
}

async function seed(dir = bankDir, now?: Date) {
  return seedContent(db, dir, { repoRoot: dir, now });
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("the integration global setup sets DATABASE_URL");
  adminUrl = url;
  // A database of our own, so other test files' rows (attempts, threads) cannot interfere with retirement or counts.
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName}`);
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();
  const ownUrl = new URL(adminUrl);
  ownUrl.pathname = `/${databaseName}`;
  migrateDeploy(ownUrl.toString());
  db = createPrismaClient(ownUrl.toString(), { maxConnections: 2 });
});

afterAll(async () => {
  await db?.$disconnect();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin.end();
});

beforeEach(async () => {
  await db.choiceText.deleteMany();
  await db.choice.deleteMany();
  await db.questionText.deleteMany();
  await db.question.deleteMany();
  await db.domain.deleteMany();
  await db.exam.deleteMany();
  bankDir = await mkdtemp(path.join(os.tmpdir(), "kaisetsu-bank-"));
  await cp(path.join(fixtures, "valid"), bankDir, { recursive: true });
  return () => rm(bankDir, { recursive: true, force: true });
});

describe("seeding the question bank", () => {
  it("adds every question once, then finds them all unchanged and writes nothing", async () => {
    const first = await seed();
    expect(first).toMatchObject({ ok: true, summary: { added: 2, updated: 0, unchanged: 0, retired: 0 } });
    const afterFirst = await snapshot();
    // 2 questions: saa-0001 (ja + en, 5 choices) and saa-0002 (ja + en, 4 choices).
    expect(afterFirst.counts).toEqual([1, 2, 4, 9, 18]);

    const second = await seed();
    expect(second).toMatchObject({ ok: true, summary: { added: 0, updated: 0, unchanged: 2, retired: 0 } });
    expect(await snapshot()).toEqual(afterFirst);
  });

  it("lets two seeders run at once: one adds, the other waits and finds everything unchanged", async () => {
    const results = await Promise.all([seed(), seed()]);
    const summaries = results.map((result) => (result.ok ? result.summary : null));
    expect(summaries).toContainEqual({ added: 2, updated: 0, unchanged: 0, retired: 0 });
    expect(summaries).toContainEqual({ added: 0, updated: 0, unchanged: 2, retired: 0 });
  });

  it("stores rendered, sanitized HTML and the key only on the choices", async () => {
    await seed();
    const question = await db.question.findUniqueOrThrow({
      where: { id: "saa-0001" },
      include: {
        texts: { orderBy: { lang: "asc" } },
        choices: { orderBy: { position: "asc" }, include: { texts: true } },
      },
    });
    expect(question).toMatchObject({
      examId: "saa-c03",
      domainId: "saa-c03:secure",
      choose: 2,
      task: "1.2",
      hasScenario: false,
    });
    expect(question.texts.map((text) => text.lang)).toEqual(["en", "ja"]);
    expect(question.texts[1]?.explanationHtml).toContain("<table>");
    expect(question.choices.map((choice) => choice.isCorrect)).toEqual([true, false, true, false, false]);
    expect(question.choices[0]?.texts.find((text) => text.lang === "en")?.html).toBe(
      "<p>Add an inbound rule for TCP 80 to the security group</p>",
    );
  });

  it("stores topics, an absent task as null, and a scenario as JSON", async () => {
    // A missing task breaks an item-writing rule (content:check), not the data: it is seeded as null.
    const file = path.join(bankDir, "saa-c03/saa-0002.md");
    await writeFile(file, (await readFile(file, "utf8")).replace('task: "4.1"\n', ""));
    const bank = await loadBank(bankDir, { repoRoot: bankDir });
    const scenario = { goals: [{ from: "internet", to: "web", app: "http" }], choices: { A: [], B: [] } };
    const questions = bank.questions.map((question) =>
      toSeedQuestion(question, question.id === "saa-0002" ? scenario : null),
    );
    await seedBank(db, { exams: bank.exams.map((exam) => exam.definition), questions });
    const rows = await db.question.findMany({ orderBy: { id: "asc" } });
    expect(
      rows.map(({ id, task, topics, hasScenario, scenario: json }) => ({ id, task, topics, hasScenario, json })),
    ).toEqual([
      { id: "saa-0001", task: "1.2", topics: ["vpc", "security-group"], hasScenario: false, json: null },
      { id: "saa-0002", task: null, topics: ["s3"], hasScenario: true, json: scenario },
    ]);

    // The scenario taken out of the file: the question loses it on the next seed.
    const withoutScenario = bank.questions.map((question) => toSeedQuestion(question, null));
    const summary = await seedBank(db, {
      exams: bank.exams.map((exam) => exam.definition),
      questions: withoutScenario,
    });
    expect(summary).toEqual({ added: 0, updated: 1, unchanged: 1, retired: 0 });
    expect(await db.question.findUniqueOrThrow({ where: { id: "saa-0002" } })).toMatchObject({
      hasScenario: false,
      scenario: null,
    });
  });

  it("updates a question whose English translation changed, and only that one", async () => {
    await seed();
    const before = await snapshot();
    const file = path.join(bankDir, "saa-c03/saa-0001.en.md");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace("Security groups are stateful;", "Security groups keep state;"),
    );

    const result = await seed();
    expect(result).toMatchObject({ ok: true, summary: { added: 0, updated: 1, unchanged: 1, retired: 0 } });
    const after = await snapshot();
    expect(after.counts).toEqual(before.counts);
    expect(after.questions[0]?.contentHash).not.toBe(before.questions[0]?.contentHash);
    expect(after.questions[1]).toEqual(before.questions[1]);
    const text = await db.questionText.findUniqueOrThrow({
      where: { questionId_lang: { questionId: "saa-0001", lang: "en" } },
    });
    expect(text.explanationHtml).toBe("<p>Security groups keep state; network ACLs are stateless.</p>");
  });

  it("retires a removed question, keeping its rows, and serves it again when it comes back", async () => {
    await seed();
    await rm(path.join(bankDir, "saa-c03/saa-0002.md"));
    await rm(path.join(bankDir, "saa-c03/saa-0002.en.md"));
    const retiredAt = new Date("2026-01-02T03:04:05Z");
    expect(await seed(bankDir, retiredAt)).toMatchObject({
      ok: true,
      summary: { added: 0, updated: 0, unchanged: 1, retired: 1 },
    });
    const retired = await db.question.findUniqueOrThrow({ where: { id: "saa-0002" }, include: { choices: true } });
    expect(retired.retiredAt).toEqual(retiredAt);
    expect(retired.choices).toHaveLength(4);
    // Retiring is done once: a later run does not count it again.
    expect(await seed()).toMatchObject({ ok: true, summary: { unchanged: 1, retired: 0 } });

    await cp(path.join(fixtures, "valid/saa-c03/saa-0002.md"), path.join(bankDir, "saa-c03/saa-0002.md"));
    await cp(path.join(fixtures, "valid/saa-c03/saa-0002.en.md"), path.join(bankDir, "saa-c03/saa-0002.en.md"));
    expect(await seed()).toMatchObject({ ok: true, summary: { added: 0, updated: 1, unchanged: 1, retired: 0 } });
    expect((await db.question.findUniqueOrThrow({ where: { id: "saa-0002" } })).retiredAt).toBeNull();
  });

  it("leaves the database untouched when one file of the bank is broken", async () => {
    await seed();
    const before = await snapshot();
    // A valid change in one file and a broken one in another: neither may be written.
    const en = path.join(bankDir, "saa-c03/saa-0001.en.md");
    await writeFile(en, (await readFile(en, "utf8")).replace("Security groups are stateful;", "Changed;"));
    await cp(
      path.join(fixtures, "broken/choose-mismatch/saa-c03/saa-0001.md"),
      path.join(bankDir, "saa-c03/saa-0001.md"),
    );
    await rm(path.join(bankDir, "saa-c03/saa-0002.md"));
    await rm(path.join(bankDir, "saa-c03/saa-0002.en.md"));

    const result = await seed();
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
      "saa-c03/saa-0001.en.md:6", // the translation's choose: 2 no longer matches the broken file's choose: 3
      "saa-c03/saa-0001.md:9",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("seeds a bank whose only problems are item-writing rules and warnings (content:check fails on them, not db:seed)", async () => {
    await cp(
      path.join(fixtures, "broken/plain-question/saa-c03/saa-0002.md"),
      path.join(bankDir, "saa-c03/saa-0002.md"),
    );
    await rm(path.join(bankDir, "saa-c03/saa-0001.en.md"));
    const result = await seed();
    expect(result).toMatchObject({ ok: true, summary: { added: 2, updated: 0, unchanged: 0, retired: 0 } });
  });
});
