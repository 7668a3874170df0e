// Load run of the quiz's hot path against the BUILT app on loopback: many simulated candidates answering practice
// questions through the real server action (HTTP POST with the Next-Action header, as the browser sends it),
// side by side with a minimal node:http handler running the same use case on the same database, as the baseline.
// Then checks that no answer was lost or duplicated. Prints figures; never fails on time (it throws on lost data).
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "../lib/db-client";
import { startAppServer } from "../scripts/lib/app-server";
import { ensureBuild, root } from "../scripts/lib/build";
import { findFreePort } from "../scripts/lib/embedded-postgres";
import { createBenchDatabase } from "../scripts/lib/bench-database";

const CANDIDATES = Number(process.env.BENCH_QUIZ_CANDIDATES ?? 50);
const ANSWERS = Number(process.env.BENCH_QUIZ_ANSWERS ?? 20);
/** Every DUPLICATE_EVERY-th answer is sent twice at once (a double click): it must be graded once. */
const DUPLICATE_EVERY = 5;
const QUESTIONS = 40;
const EXAM = "bench-quiz";
const COOKIE = "kaisetsu-practice"; // lib/server/quiz/requester.ts ANON_PRACTICE_COOKIE

type Candidate = { attemptId: string; token: string; questions: number[] };
type Run = { label: string; latencies: number[]; seconds: number; requests: number; failures: string[] };

const letters = ["A", "B", "C", "D", "E"];
const chooseOf = (q: number) => (q % 2 === 0 ? 1 : 2);
const keyOf = (q: number) => (chooseOf(q) === 1 ? [letters[q % 4] as string] : ["A", "C"]);
/** What candidate c answers at position p: right about two times in three, deterministically. */
function answerOf(c: number, p: number, q: number): string[] {
  if ((c + p) % 3 !== 0) return keyOf(q);
  return chooseOf(q) === 1 ? [letters[(q + 1) % 4] as string] : ["B", "D"];
}
const isRight = (selected: string[], q: number) => selected.join() === keyOf(q).join();

async function seedBank(db: Db): Promise<void> {
  await db.exam.create({
    data: {
      id: EXAM, code: "BENCH", titleJa: "ベンチ", titleEn: "Bench", questionCount: 20, minutes: 40, extensionMinutes: 0, passingScore: 720,
      domains: { create: [{ id: `${EXAM}:a`, slug: "a", titleJa: "A", titleEn: "A", weight: 50, position: 0 }, { id: `${EXAM}:b`, slug: "b", titleJa: "B", titleEn: "B", weight: 50, position: 1 }] },
    },
  });
  const ids = Array.from({ length: QUESTIONS }, (_, q) => q);
  const qid = (q: number) => `bench-${String(q).padStart(4, "0")}`;
  await db.question.createMany({
    data: ids.map((q) => ({ id: qid(q), examId: EXAM, domainId: `${EXAM}:${q % 2 ? "a" : "b"}`, difficulty: "medium", choose: chooseOf(q), topics: ["bench"], contentHash: qid(q), sourcePath: `${qid(q)}.md` })),
  });
  await db.questionText.createMany({
    data: ids.map((q) => ({ questionId: qid(q), lang: "ja", stemHtml: `<p>ベンチ問題 ${q}。${"本文。".repeat(40)}</p>`, explanationHtml: `<p>${"解説。".repeat(80)}</p>`, references: [{ title: "AWS", url: "https://docs.aws.amazon.com/" }] })),
  });
  const choiceRows = ids.flatMap((q) => letters.slice(0, chooseOf(q) === 1 ? 4 : 5).map((letter, position) => ({ q, letter, position })));
  await db.choice.createMany({ data: choiceRows.map(({ q, letter, position }) => ({ id: `${qid(q)}:${letter}`, questionId: qid(q), letter, position, isCorrect: keyOf(q).includes(letter) })) });
  await db.choiceText.createMany({ data: choiceRows.map(({ q, letter }) => ({ choiceId: `${qid(q)}:${letter}`, lang: "ja", html: `<p>選択肢 ${letter}</p>`, explanationHtml: `<p>${"理由。".repeat(20)}</p>` })) });
}

async function createCandidates(db: Db, label: string, count: number, answers: number): Promise<Candidate[]> {
  const candidates = Array.from({ length: count }, (_, c) => ({
    attemptId: `bench-${label}-${c}`,
    token: randomBytes(32).toString("base64url"),
    questions: Array.from({ length: answers }, (_, p) => (c * 7 + p) % QUESTIONS),
  }));
  await db.attempt.createMany({
    data: candidates.map((candidate) => ({ id: candidate.attemptId, anonKeyHash: createHash("sha256").update(candidate.token).digest("hex"), examId: EXAM, mode: "PRACTICE" as const, options: {}, total: answers })),
  });
  await db.attemptItem.createMany({
    data: candidates.flatMap((candidate) => candidate.questions.map((q, position) => ({ attemptId: candidate.attemptId, position, questionId: `bench-${String(q).padStart(4, "0")}` }))),
  });
  return candidates;
}

/** The id of the answer action in the build, from Next's server reference manifest. */
function answerActionId(distDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === "answerPracticeAction");
  if (!entry) throw new Error("answerPracticeAction is not in the server reference manifest: was the app built?");
  return entry[0];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? NaN;

/** Every candidate answers its questions one after another; candidates run concurrently. */
async function drive(label: string, candidates: Candidate[], send: (candidate: Candidate, position: number, selected: string[]) => Promise<string>): Promise<Run> {
  const latencies: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  await Promise.all(
    candidates.map(async (candidate, c) => {
      for (const [position, q] of candidate.questions.entries()) {
        const selected = answerOf(c, position, q);
        const copies = (position + 1) % DUPLICATE_EVERY === 0 ? 2 : 1;
        await Promise.all(
          Array.from({ length: copies }, async () => {
            const t0 = performance.now();
            const body = await send(candidate, position, selected);
            latencies.push(performance.now() - t0);
            const expected = `"isCorrect":${isRight(selected, q)}`;
            if (!body.includes('"ok":true') || !body.includes(expected)) failures.push(`${candidate.attemptId}#${position}: ${body.slice(0, 160)}`);
          }),
        );
      }
    }),
  );
  return { label, latencies, seconds: (performance.now() - started) / 1000, requests: latencies.length, failures };
}

/** No answer lost (every item graded with what was sent), none duplicated (graded once: the round closed once, right count). */
async function verify(db: Db, candidates: Candidate[]): Promise<string> {
  const ids = candidates.map((candidate) => candidate.attemptId);
  const items = await db.attemptItem.findMany({ where: { attemptId: { in: ids } }, select: { attemptId: true, position: true, selected: true, isCorrect: true, gradedAt: true } });
  const attempts = await db.attempt.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, correct: true } });
  const problems: string[] = [];
  const expectedItems = candidates.length * ANSWERS;
  if (items.length !== expectedItems) problems.push(`${items.length} items, expected ${expectedItems}`);
  for (const [c, candidate] of candidates.entries()) {
    let right = 0;
    for (const [position, q] of candidate.questions.entries()) {
      const selected = answerOf(c, position, q);
      const item = items.find((row) => row.attemptId === candidate.attemptId && row.position === position);
      if (!item?.gradedAt) problems.push(`${candidate.attemptId}#${position} lost`);
      else if (item.selected.join() !== selected.join() || item.isCorrect !== isRight(selected, q)) problems.push(`${candidate.attemptId}#${position} stored wrongly`);
      if (isRight(selected, q)) right += 1;
    }
    const attempt = attempts.find((row) => row.id === candidate.attemptId);
    if (attempt?.status !== "SUBMITTED" || attempt.correct !== right) problems.push(`${candidate.attemptId}: ${attempt?.status} with ${attempt?.correct} correct, expected SUBMITTED with ${right}`);
  }
  if (problems.length > 0) throw new Error(`quiz-load: answers lost or duplicated:\n  ${problems.slice(0, 10).join("\n  ")}`);
  const graded = items.filter((item) => item.gradedAt).length;
  return `${graded}/${expectedItems} answers graded exactly once, ${attempts.length} rounds closed with the right score`;
}

function startBaseline(port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bench/quiz-load/baseline-server.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`baseline server exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(child);
    });
  });
}

function row(run: Run): string {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const cells = [run.label.padEnd(44), String(run.requests).padStart(8), (run.requests / run.seconds).toFixed(0).padStart(8), percentile(sorted, 0.5).toFixed(1).padStart(8), percentile(sorted, 0.99).toFixed(1).padStart(8), String(run.failures.length).padStart(7)];
  return cells.join(" ");
}

export default async function quizLoad(): Promise<void> {
  const baseUrl = process.env.BENCH_DATABASE_URL;
  if (!baseUrl) throw new Error("quiz-load needs BENCH_DATABASE_URL (run it through npm run bench)");
  const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
  ensureBuild(distDir);
  const database = await createBenchDatabase(baseUrl, "quiz");
  const db = createPrismaClient(database.url, { maxConnections: 4 });
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  let baseline: ChildProcess | undefined;
  try {
    await seedBank(db);
    const warmups = { next: await createCandidates(db, "warm-next", 4, 5), baseline: await createCandidates(db, "warm-base", 4, 5) };
    const nextCandidates = await createCandidates(db, "next", CANDIDATES, ANSWERS);
    const baseCandidates = await createCandidates(db, "base", CANDIDATES, ANSWERS);

    const actionId = answerActionId(distDir);
    app = await startAppServer({ port: await findFreePort(), distDir, isQuiet: true, env: { DATABASE_URL: database.url, AUTH_SECRET: "bench-secret-bench-secret-bench-secret", AUTH_TRUST_HOST: "true", NODE_ENV: "production" } });
    const appUrl = app.url;
    const viaAction = async (candidate: Candidate, position: number, selected: string[]) => {
      const response = await fetch(`${appUrl}/practice/${candidate.attemptId}`, {
        method: "POST",
        headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: appUrl, Cookie: `${COOKIE}=${candidate.token}` },
        body: JSON.stringify([{ attemptId: candidate.attemptId, position, selected }]),
      });
      return `${response.status === 200 ? "" : `HTTP ${response.status} `}${await response.text()}`;
    };
    const basePort = await findFreePort();
    baseline = await startBaseline(basePort, database.url);
    const viaBaseline = async (candidate: Candidate, position: number, selected: string[]) => {
      const response = await fetch(`http://127.0.0.1:${basePort}/answer`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: `${COOKIE}=${candidate.token}` },
        body: JSON.stringify({ attemptId: candidate.attemptId, position, selected }),
      });
      return `${response.status === 200 ? "" : `HTTP ${response.status} `}${await response.text()}`;
    };

    await drive("warm-up", warmups.next, viaAction);
    await drive("warm-up", warmups.baseline, viaBaseline);
    const runs = [
      await drive("Next server action (answerPracticeAction)", nextCandidates, viaAction),
      await drive("node:http baseline (same use case, same db)", baseCandidates, viaBaseline),
    ];
    const checks = [await verify(db, nextCandidates), await verify(db, baseCandidates)];

    console.log(`${CANDIDATES} concurrent candidates × ${ANSWERS} answers each (every ${DUPLICATE_EVERY}th sent twice at once), loopback, one app process each`);
    console.log(`${"".padEnd(44)} ${"requests".padStart(8)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}`);
    for (const run of runs) console.log(row(run));
    const [action, base] = runs as [Run, Run];
    console.log(`server action throughput = ${((action.requests / action.seconds / (base.requests / base.seconds)) * 100).toFixed(0)}% of the baseline`);
    console.log(`integrity: action — ${checks[0]}; baseline — ${checks[1]}`);
    for (const run of runs) if (run.failures.length > 0) throw new Error(`quiz-load: ${run.label} had ${run.failures.length} failed answers, e.g. ${run.failures[0]}`);
  } finally {
    baseline?.kill("SIGTERM");
    await app?.stop();
    await db.$disconnect();
    await database.drop();
  }
}
