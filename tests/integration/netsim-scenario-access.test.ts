// Who may load a question's scenario into the player (its choice verdicts reveal the key): only someone whose own
// answer was graded, never while the question is in their running mock exam; and never with the `key` field.
// The sandbox gets the baseline only (no choices, no key), for anyone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { q30570 } from "@/lib/netsim/testing";
import { scenarioOf } from "@/lib/netsim/testing";
import { findPlayerScenario } from "@/lib/server/netsim/get-player-scenario";
import { findSandboxScenario } from "@/lib/server/netsim/find-sandbox-scenario";
import { listSandboxScenarios } from "@/lib/server/netsim/list-sandbox-scenarios";
import { createScenarioBank } from "./scenario-fixtures";

const prefix = "nsa";
const examId = `${prefix}-exam`;
const questionId = `${prefix}-0001`;
const plainId = `${prefix}-0002`;
// Stored as the seeder stores it, but with a key left in on purpose: the use cases must strip it.
const stored = JSON.parse(JSON.stringify(scenarioOf(q30570))) as object;
let owner = "";
let other = "";

async function attempt(data: {
  userId?: string | null;
  anonKeyHash?: string | null;
  mode: "PRACTICE" | "EXAM";
  status: "IN_PROGRESS" | "SUBMITTED";
  graded: boolean;
}) {
  const at = new Date();
  return db.attempt.create({
    data: {
      userId: data.userId ?? null,
      anonKeyHash: data.anonKeyHash ?? null,
      examId,
      mode: data.mode,
      status: data.status,
      options: {},
      items: {
        create: [
          {
            position: 0,
            questionId,
            selected: ["A"],
            ...(data.graded ? { answeredAt: at, gradedAt: at, isCorrect: false } : {}),
          },
        ],
      },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  await createScenarioBank(
    examId,
    "NSA",
    [
      [questionId, stored],
      [plainId, null],
    ],
    "KEY-SECRET-nsa",
  );
  owner = (await db.user.create({ data: { email: "owner-nsa@example.test" }, select: { id: true } })).id;
  other = (await db.user.create({ data: { email: "other-nsa@example.test" }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.attempt.deleteMany({ where: { examId } });
  await db.question.deleteMany({ where: { examId } });
  await db.exam.deleteMany({ where: { id: examId } });
  await db.user.deleteMany({ where: { email: { endsWith: "-nsa@example.test" } } });
});

describe("findPlayerScenario", () => {
  it("is locked with no scenario before any graded answer, and for an ungraded one", async () => {
    expect(await findPlayerScenario({ userId: null, anonKeyHash: null }, questionId, "ja", new Date())).toEqual({
      status: "locked",
      questionId,
      reason: "unanswered",
    });
    await attempt({ userId: owner, mode: "PRACTICE", status: "IN_PROGRESS", graded: false });
    expect(await findPlayerScenario({ userId: owner, anonKeyHash: null }, questionId, "ja", new Date())).toEqual({
      status: "locked",
      questionId,
      reason: "unanswered",
    });
  });

  it("opens for the owner of a graded answer, without the key, and stays locked for someone else", async () => {
    await attempt({ userId: owner, mode: "PRACTICE", status: "SUBMITTED", graded: true });
    const open = await findPlayerScenario({ userId: owner, anonKeyHash: null }, questionId, "ja", new Date());
    expect(open?.status).toBe("open");
    if (open?.status !== "open") throw new Error("expected open");
    expect(Object.keys(open.scenario.choices).sort()).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(open.choices.map((choice) => choice.letter)).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(JSON.stringify(open)).not.toMatch(/"key"|isCorrect/);
    expect((await findPlayerScenario({ userId: other, anonKeyHash: null }, questionId, "ja", new Date()))?.status).toBe(
      "locked",
    );
  });

  it("opens for the signed-out owner of a graded practice round by the cookie hash only", async () => {
    await attempt({ anonKeyHash: "hash-nsa", mode: "PRACTICE", status: "SUBMITTED", graded: true });
    expect(
      (await findPlayerScenario({ userId: null, anonKeyHash: "hash-nsa" }, questionId, "ja", new Date()))?.status,
    ).toBe("open");
    expect(
      (await findPlayerScenario({ userId: null, anonKeyHash: "another-hash" }, questionId, "ja", new Date()))?.status,
    ).toBe("locked");
  });

  it("locks again while the question is in the owner's running mock exam, and opens when it is submitted", async () => {
    const exam = await attempt({ userId: owner, mode: "EXAM", status: "IN_PROGRESS", graded: false });
    await db.attempt.update({ where: { id: exam.id }, data: { deadlineAt: new Date(Date.now() + 3_600_000) } });
    expect(await findPlayerScenario({ userId: owner, anonKeyHash: null }, questionId, "ja", new Date())).toEqual({
      status: "locked",
      questionId,
      reason: "exam",
    });
    await db.attempt.update({ where: { id: exam.id }, data: { status: "SUBMITTED", finishedAt: new Date() } });
    expect((await findPlayerScenario({ userId: owner, anonKeyHash: null }, questionId, "ja", new Date()))?.status).toBe(
      "open",
    );
  });

  it("says so for a question without a scenario, and null for an unknown one", async () => {
    expect(await findPlayerScenario({ userId: owner, anonKeyHash: null }, plainId, "ja", new Date())).toEqual({
      status: "none",
      questionId: plainId,
    });
    expect(
      await findPlayerScenario({ userId: owner, anonKeyHash: null }, `${prefix}-9999`, "ja", new Date()),
    ).toBeNull();
  });
});

describe("sandbox scenarios", () => {
  it("lists live questions with a scenario and sends the baseline without choices or key", async () => {
    const list = await listSandboxScenarios();
    expect(list.map((entry) => entry.questionId)).toContain(questionId);
    expect(list.map((entry) => entry.questionId)).not.toContain(plainId);
    const scenario = await findSandboxScenario(questionId);
    expect(scenario?.choices).toEqual({});
    expect(JSON.stringify(scenario)).not.toMatch(/"key"|addSgRule|addNaclRule/);
    expect(await findSandboxScenario(plainId)).toBeNull();
  });
});
