// GET /api/questions/<id>/scenario: the player's read of a question's scenario, with the simulator page's locks
// (the key and verdicts only after the requester's own graded answer, nothing for a question in their running mock
// exam), validated input (400, never 500), JSON errors, no caching, and no write: an overdue exam is read as over
// but left for the exam's own paths to finish.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { ScenarioResponse } from "@/lib/netsim-ui/dto";
import { q30570, scenarioOf } from "@/lib/netsim/testing";
import { hashAnonToken } from "@/lib/server/quiz/anon-practice-token";
import { createScenarioBank } from "./scenario-fixtures";

const session = vi.hoisted(() => ({ user: null as { id: string; name: null; role: "USER" } | null }));
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers({ "accept-language": "en-US,en;q=0.9" }),
}));
const { GET } = await import("@/app/api/questions/[id]/scenario/route");

const prefix = "nsr";
const examId = `${prefix}-exam`;
const questionId = `${prefix}-0001`;
const plainId = `${prefix}-0002`;
const secret = "KEY-SECRET-nsr";
// Stored with a key left in on purpose: the route must strip it.
const stored = JSON.parse(JSON.stringify(scenarioOf(q30570))) as object;
const users: Record<"graded" | "examinee" | "overdue" | "stranger", string> = {
  graded: "",
  examinee: "",
  overdue: "",
  stranger: "",
};

async function get(id: string): Promise<{ status: number; body: ScenarioResponse; headers: Headers }> {
  const response = await GET(new Request(`http://127.0.0.1/api/questions/${id}/scenario`), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: (await response.json()) as ScenarioResponse, headers: response.headers };
}

function signIn(user: keyof typeof users | null) {
  session.user = user ? { id: users[user], name: null, role: "USER" } : null;
}

async function attempt(data: {
  userId?: string;
  anonKeyHash?: string;
  mode: "PRACTICE" | "EXAM";
  status: "IN_PROGRESS" | "SUBMITTED";
  deadlineAt?: Date;
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
      deadlineAt: data.deadlineAt ?? null,
      options: {},
      items: {
        create: [
          {
            position: 0,
            questionId,
            selected: ["A"],
            ...(data.graded ? { answeredAt: at, gradedAt: at, isCorrect: false } : { answeredAt: at }),
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
    "NSR",
    [
      [questionId, stored],
      [plainId, null],
    ],
    secret,
  );
  for (const name of Object.keys(users) as (keyof typeof users)[])
    users[name] = (await db.user.create({ data: { email: `${name}-nsr@example.test` }, select: { id: true } })).id;
  await attempt({ userId: users.graded, mode: "PRACTICE", status: "SUBMITTED", graded: true });
  await attempt({ anonKeyHash: hashAnonToken("token-nsr"), mode: "PRACTICE", status: "SUBMITTED", graded: true });
  // The examinee answered it in practice (graded), and it is also in their running mock exam: locked.
  await attempt({ userId: users.examinee, mode: "PRACTICE", status: "SUBMITTED", graded: true });
  await attempt({
    userId: users.examinee,
    mode: "EXAM",
    status: "IN_PROGRESS",
    deadlineAt: new Date(Date.now() + 3_600_000),
    graded: false,
  });
});

beforeEach(() => {
  jar.clear();
  signIn(null);
});

afterAll(async () => {
  await db.attempt.deleteMany({ where: { examId } });
  await db.question.deleteMany({ where: { examId } });
  await db.exam.deleteMany({ where: { id: examId } });
  await db.user.deleteMany({ where: { email: { endsWith: "-nsr@example.test" } } });
});

describe("GET /api/questions/<id>/scenario", () => {
  it("sends the scenario and the choices in the reader's language to the owner of a graded answer, never the key", async () => {
    signIn("graded");
    const { status, body, headers } = await get(questionId);
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    if (!("status" in body)) throw new Error(`expected the scenario, got ${JSON.stringify(body)}`);
    expect(body.locale).toBe("en");
    expect(body.lang).toBe("en");
    expect(body.choices.map((choice) => choice.html)).toEqual(
      ["A", "B", "C", "D", "E", "F"].map((l) => `<p>Choice ${l}</p>`),
    );
    expect(Object.keys(body.scenario.choices).sort()).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(JSON.stringify(body)).not.toMatch(/"key"|isCorrect|KEY-SECRET/);
    // The player's texts come with the reply, in the reader's language only (its chunk carries no catalogue); the
    // explanation sentences are not among them (the browser loads them on demand, components/netsim/explain-messages).
    expect(body.messages.osNames.linux).toBe("Linux");
    expect(body.messages.explainLoading).toBe("Loading the explanation…");
    expect(body.messages).not.toHaveProperty("explain");
    expect(JSON.stringify(body.messages)).not.toMatch(/インバウンド|[\u3040-\u30ff]/);
  });

  it("opens for a signed-out owner of a graded practice round by the practice cookie only", async () => {
    jar.set("kaisetsu-practice", "token-nsr");
    expect((await get(questionId)).status).toBe(200);
    jar.set("kaisetsu-practice", "another-token");
    expect(await get(questionId)).toMatchObject({ status: 403, body: { error: "locked", reason: "unanswered" } });
  });

  it("is 403 locked, with no scenario, for a reader without a graded answer and for a stranger", async () => {
    for (const user of [null, "stranger"] as const) {
      signIn(user);
      const { status, body, headers } = await get(questionId);
      expect(status).toBe(403);
      const { messages, ...rest } = body;
      expect(rest).toEqual({ error: "locked", reason: "unanswered" });
      expect(messages.replay.practise).toBe("Answer this question");
      expect(headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("is 403 locked while the question is in the reader's running mock exam, even with a graded practice answer", async () => {
    signIn("examinee");
    expect(await get(questionId)).toMatchObject({ status: 403, body: { error: "locked", reason: "exam" } });
  });

  it("reads an overdue exam as over and writes nothing: the exam stays IN_PROGRESS and ungraded", async () => {
    const exam = await attempt({
      userId: users.overdue,
      mode: "EXAM",
      status: "IN_PROGRESS",
      deadlineAt: new Date(Date.now() - 60_000),
      graded: false,
    });
    const before = await db.attempt.findUniqueOrThrow({ where: { id: exam.id }, include: { items: true } });
    signIn("overdue");
    expect((await get(questionId)).status).toBe(200);
    const after = await db.attempt.findUniqueOrThrow({ where: { id: exam.id }, include: { items: true } });
    expect(after).toEqual(before);
    expect(after.status).toBe("IN_PROGRESS");
    expect(after.items[0]?.gradedAt).toBeNull();
  });

  it("answers 404 for an unknown question and for one without a scenario", async () => {
    signIn("graded");
    expect(await get(`${prefix}-9999`)).toMatchObject({ status: 404, body: { error: "not-found" } });
    expect(await get(plainId)).toMatchObject({ status: 404, body: { error: "no-scenario" } });
  });

  it("answers 400, not 500, for a malformed id", async () => {
    signIn("graded");
    for (const id of ["NSR-0001", "nsr-1", "../../etc", "nsr-0001;drop", "", "x".repeat(500)])
      expect(await get(id)).toMatchObject({ status: 400, body: { error: "invalid-id" } });
  });
});
