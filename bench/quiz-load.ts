// Load run of the quiz's hot path against the BUILT app on loopback: many simulated candidates answering practice
// questions through the real server action (HTTP POST with the Next-Action header, as the browser sends it),
// side by side in one run with two baselines on the same database:
//   - a minimal node:http handler running the same use case (no React, no RSC, no routing, no Auth.js);
//   - the use case's one grading statement alone on raw `pg` (lib/server/quiz/grade-answer-sql.ts): the database's limit.
// Closed loop (each candidate answers, waits, answers again) with 1 and with 50 candidates, and the framework's floor
// (the same action refusing its input before any database work: what no use case can beat); then an OPEN loop on the
// action (answers arrive at a fixed rate whatever the latency, 200 candidates, bounded in count, in time and in answers
// in flight; latency is counted from each answer's scheduled arrival, so a stall is not hidden); then a burst of 200
// concurrent candidates.
// After every run it checks that no answer was lost or duplicated. Prints figures with the machine's load average
// beside them (the machine may be shared); never fails on time (it throws on lost data or failed answers).
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { createPrismaClient, type Db } from "../lib/db-client";
import { startAppServer } from "../scripts/lib/app-server";
import { ensureBuild, root } from "../scripts/lib/build";
import { findFreePort } from "../scripts/lib/embedded-postgres";
import { createBenchDatabase } from "../scripts/lib/bench-database";
import { gradeAnswerQuery, type GradeAnswerParams, type GradeAnswerRow } from "../lib/server/quiz/grade-answer-sql";

const CANDIDATES = Number(process.env.BENCH_QUIZ_CANDIDATES ?? 50);
const ANSWERS = Number(process.env.BENCH_QUIZ_ANSWERS ?? 20);
/** One candidate alone, answering one question after another: the latency without queueing. */
const SOLO_ANSWERS = 60;
/** The open loop: answers per second, for how long, spread over how many candidates. */
const OPEN_RATE = Number(process.env.BENCH_QUIZ_OPEN_RATE ?? 100);
const OPEN_SECONDS = Number(process.env.BENCH_QUIZ_OPEN_SECONDS ?? 60);
const OPEN_CANDIDATES = 200;
/** At most this many open-loop answers in flight (one per candidate); an arrival finding none free waits for one. */
const OPEN_IN_FLIGHT = OPEN_CANDIDATES;
/** The burst: this many candidates at once, closed loop. */
const BURST_CANDIDATES = 200;
const BURST_ANSWERS = 5;
/** A request slower than this is cut off and counted as an error, not a failure of the bench (bounds every run in time). */
const REQUEST_TIMEOUT_MS = 10_000;
/**
 * A whole run may take at most this long: each answer is bounded (REQUEST_TIMEOUT_MS, two resends), so a run that
 * passes this is stalled (a lost promise, a wait on something that never comes): the bench stops with an error naming
 * the run and what was still in flight, rather than hanging.
 */
const RUN_DEADLINE_MS = Number(process.env.BENCH_QUIZ_RUN_DEADLINE_MS ?? 240_000);
/** Warm-up before anything is measured (JIT, pools, prepared statements), per server: not counted in any figure. */
const WARM_CANDIDATES = 10;
const WARM_ANSWERS = 20;
/** Every DUPLICATE_EVERY-th answer is sent twice at once (a double click): it must be graded once. */
const DUPLICATE_EVERY = 5;
/** The bank holds at least as many questions as any candidate answers (an attempt holds a question once). */
const QUESTIONS = Math.max(
  40,
  ANSWERS,
  SOLO_ANSWERS,
  WARM_ANSWERS,
  Math.ceil((OPEN_RATE * OPEN_SECONDS) / OPEN_CANDIDATES),
  BURST_ANSWERS,
);
/** The app's pool (lib/db-client.ts default); the raw baseline gets the same. */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const EXAM = "bench-quiz";
const COOKIE = "kaisetsu-practice"; // lib/server/quiz/anon-practice-token.ts ANON_PRACTICE_COOKIE
const SESSION_COOKIE = "authjs.session-token"; // Auth.js's session cookie over http (lib/auth/session.ts)
const AUTH_SECRET = "bench-secret-bench-secret-bench-secret";

/** A candidate's round, and the Cookie header that makes it theirs (the practice cookie, or a signed-in session's). */
type Candidate = {
  attemptId: string;
  cookie: string;
  questions: number[];
  userId: string | null;
  anonKeyHash: string | null;
};
type Run = {
  label: string;
  latencies: number[];
  seconds: number;
  requests: number;
  failures: string[];
  load: string;
  cpuMs?: number;
  /** This bench's own CPU per answer (the load generator shares the machine's cores with the servers it measures). */
  clientCpuMs?: number;
  /** Statements the serving process sent to PostgreSQL per answer (its round trips). */
  roundTrips?: number;
};
/** One answer sent; `isCorrect` is what the grader replied (null when it failed, with the reason in `detail`). */
type Reply = { isCorrect: boolean | null; detail: string };
type Send = (candidate: Candidate, position: number, selected: string[]) => Promise<Reply>;

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
      id: EXAM,
      code: "BENCH",
      titleJa: "ベンチ",
      titleEn: "Bench",
      questionCount: 20,
      minutes: 40,
      extensionMinutes: 0,
      passingScore: 720,
      domains: {
        create: [
          { id: `${EXAM}:a`, slug: "a", titleJa: "A", titleEn: "A", weight: 50, position: 0 },
          { id: `${EXAM}:b`, slug: "b", titleJa: "B", titleEn: "B", weight: 50, position: 1 },
        ],
      },
    },
  });
  const ids = Array.from({ length: QUESTIONS }, (_, q) => q);
  const qid = (q: number) => `bench-${String(q).padStart(4, "0")}`;
  await db.question.createMany({
    data: ids.map((q) => ({
      id: qid(q),
      examId: EXAM,
      domainId: `${EXAM}:${q % 2 ? "a" : "b"}`,
      difficulty: "medium",
      choose: chooseOf(q),
      topics: ["bench"],
      contentHash: qid(q),
      sourcePath: `${qid(q)}.md`,
    })),
  });
  await db.questionText.createMany({
    data: ids.map((q) => ({
      questionId: qid(q),
      lang: "ja",
      stemHtml: `<p>ベンチ問題 ${q}。${"本文。".repeat(40)}</p>`,
      explanationHtml: `<p>${"解説。".repeat(80)}</p>`,
      references: [{ title: "AWS", url: "https://docs.aws.amazon.com/" }],
    })),
  });
  const choiceRows = ids.flatMap((q) =>
    letters.slice(0, chooseOf(q) === 1 ? 4 : 5).map((letter, position) => ({ q, letter, position })),
  );
  await db.choice.createMany({
    data: choiceRows.map(({ q, letter, position }) => ({
      id: `${qid(q)}:${letter}`,
      questionId: qid(q),
      letter,
      position,
      isCorrect: keyOf(q).includes(letter),
    })),
  });
  await db.choiceText.createMany({
    data: choiceRows.map(({ q, letter }) => ({
      choiceId: `${qid(q)}:${letter}`,
      lang: "ja",
      html: `<p>選択肢 ${letter}</p>`,
      explanationHtml: `<p>${"理由。".repeat(20)}</p>`,
    })),
  });
}

/**
 * `count` candidates with a practice round of `answers` questions each: signed out (the round is owned by a practice
 * cookie's hash), or signed in (a user, a live Session row and Auth.js's encrypted session cookie, as sign-in makes).
 */
async function createCandidates(
  db: Db,
  label: string,
  count: number,
  answers: number,
  isSignedIn = false,
): Promise<Candidate[]> {
  if (answers > QUESTIONS)
    throw new Error(`quiz-load: ${answers} answers per candidate but only ${QUESTIONS} questions in the bench bank`);
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString("base64url"));
  const userIds = tokens.map((_, c) => (isSignedIn ? `bench-user-${label}-${c}` : null));
  if (isSignedIn) {
    await db.user.createMany({ data: userIds.map((id) => ({ id: id as string, email: `${id}@bench.test` })) });
    await db.session.createMany({
      data: tokens.map((sid, c) => ({
        sessionToken: createHash("sha256").update(sid).digest("base64url"), // lib/server/accounts/sessions.ts digest
        userId: userIds[c] as string,
        expires: new Date(Date.now() + 24 * 60 * 60 * 1000),
      })),
    });
  }
  const cookies = await Promise.all(
    tokens.map(async (token) =>
      isSignedIn
        ? `${SESSION_COOKIE}=${await encode({ token: { sid: token }, secret: AUTH_SECRET, salt: SESSION_COOKIE })}`
        : `${COOKIE}=${token}`,
    ),
  );
  const candidates: Candidate[] = tokens.map((token, c) => ({
    attemptId: `bench-${label}-${c}`,
    cookie: cookies[c] as string,
    userId: userIds[c] ?? null,
    anonKeyHash: isSignedIn ? null : hashToken(token),
    questions: Array.from({ length: answers }, (_, p) => (c * 7 + p) % QUESTIONS),
  }));
  await db.attempt.createMany({
    data: candidates.map((candidate) => ({
      id: candidate.attemptId,
      userId: candidate.userId,
      anonKeyHash: candidate.anonKeyHash,
      examId: EXAM,
      mode: "PRACTICE" as const,
      options: {},
      total: answers,
    })),
  });
  await db.attemptItem.createMany({
    data: candidates.flatMap((candidate) =>
      candidate.questions.map((q, position) => ({
        attemptId: candidate.attemptId,
        position,
        questionId: `bench-${String(q).padStart(4, "0")}`,
      })),
    ),
  });
  return candidates;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The id of the answer action in the build, from Next's server reference manifest. */
function answerActionId(distDir: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === "answerPracticeAction");
  if (!entry) throw new Error("answerPracticeAction is not in the server reference manifest: was the app built?");
  return entry[0];
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux; null elsewhere). CPU per answer
 * hardly depends on what else runs on a shared machine, unlike latency and throughput.
 */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/**
 * A server's statements to PostgreSQL so far: bench/quiz-load/count-queries.mjs writes them to `file` when the process
 * gets SIGUSR2 (on demand, so counting costs the measured process nothing in between). Null when it does not answer.
 */
async function queryCount(pid: number | undefined, file: string): Promise<number | null> {
  if (pid === undefined) return null;
  rmSync(file, { force: true });
  process.kill(pid, "SIGUSR2");
  for (let waited = 0; waited < 2_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      const text = readFileSync(file, "utf8");
      if (text.endsWith("\n")) return Number(text);
    } catch {
      // not written yet
    }
  }
  return null;
}

/** Where a serving process is measured: its pid (or this process) and how its statements are counted. */
type Meter = { pid: number | "self" | undefined; queries: () => Promise<number | null> | number | null };

/**
 * Runs `run` within RUN_DEADLINE_MS and adds to it the CPU the serving process spent per answer and the statements it
 * sent per answer (`self`: this process, for the raw statement).
 */
async function measured<R extends Run>(meter: Meter, label: string, run: () => Promise<R>): Promise<R> {
  const { pid } = meter;
  const cpu = () => (pid === "self" ? (process.cpuUsage().user + process.cpuUsage().system) / 1000 : processCpuMs(pid));
  const ownCpu = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
  const queriesBefore = await meter.queries();
  const [before, ownBefore] = [cpu(), ownCpu()];
  const result = await withDeadline(label, run());
  const [after, ownAfter] = [cpu(), ownCpu()];
  const queriesAfter = await meter.queries();
  const measuredRun: R = { ...result };
  if (before !== null && after !== null) measuredRun.cpuMs = (after - before) / result.requests;
  if (pid !== "self") measuredRun.clientCpuMs = (ownAfter - ownBefore) / result.requests;
  if (queriesBefore !== null && queriesAfter !== null)
    measuredRun.roundTrips = (queriesAfter - queriesBefore) / result.requests;
  // Each row as soon as its run ends, so a run that never ends still leaves the others' figures.
  console.log(`  done: ${row(measuredRun)}`);
  return measuredRun;
}

/** Answers sent and not yet answered, across all runs (named in the error when a run stalls). */
let inFlight = 0;

/** `promise`, or an error naming the stalled run once RUN_DEADLINE_MS have passed. */
async function withDeadline<T>(label: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `quiz-load: "${label}" did not finish within ${RUN_DEADLINE_MS / 1000} s (${inFlight} answers still in flight; each is cut off after ${REQUEST_TIMEOUT_MS / 1000} s): something stalls`,
          ),
        ),
      RUN_DEADLINE_MS,
    );
  });
  try {
    return await Promise.race([promise, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? NaN;
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

/** A reply over HTTP: the action's RSC text and the baseline's JSON both carry `"ok":true` and, last, the answer's `"isCorrect":…`. */
function httpReply({ status, body }: { status: number; body: string }): Reply {
  const graded = [...body.matchAll(/"isCorrect":(true|false)/g)].at(-1);
  if (status !== 200 || !body.includes('"ok":true') || !graded)
    return { isCorrect: null, detail: `HTTP ${status} ${body.slice(0, 160)}` };
  return { isCorrect: graded[1] === "true", detail: "" };
}

/**
 * The load generator's HTTP client: node:http on kept-alive loopback connections, the whole reply read as text, cut
 * off after REQUEST_TIMEOUT_MS (a TimeoutError, like fetch's AbortSignal.timeout). Not fetch: undici's WHATWG layer
 * (Headers, streams, an AbortSignal per request) cost this process about as much CPU per answer as the node:http
 * baseline spends serving it, and the generator shares the machine's two cores with the servers it measures.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });
function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", agent, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, body: text });
        });
        response.on("error", reject);
      },
    );
    const timer = setTimeout(() => {
      const error = new Error(`no reply within ${REQUEST_TIMEOUT_MS} ms`);
      error.name = "TimeoutError";
      request.destroy(error);
    }, REQUEST_TIMEOUT_MS);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}

/** As components/quiz/practice-question.tsx does: an answer that failed in transit or with a 5xx is sent again, twice at most. */
const RETRY_DELAYS_MS = [300, 1000];
let retried = 0;

async function sendOne(
  send: Send,
  candidate: Candidate,
  c: number,
  position: number,
  latencies: number[],
  failures: string[],
  startedAt = performance.now(),
): Promise<void> {
  const q = candidate.questions[position] as number;
  const selected = answerOf(c, position, q);
  let reply: Reply = { isCorrect: null, detail: "not sent" };
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) {
      retried += 1;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt - 1]));
    }
    let isTimeout = false;
    inFlight += 1;
    try {
      reply = await send(candidate, position, selected);
    } catch (error) {
      reply = { isCorrect: null, detail: String(error) };
      isTimeout = error instanceof Error && error.name === "TimeoutError";
    } finally {
      inFlight -= 1;
    }
    // Graded, refused (not worth resending), or the bench's own time bound (a browser would still be waiting: resending
    // then would only add load to a server that is behind).
    if (reply.isCorrect !== null || reply.detail.startsWith("HTTP 200") || isTimeout) break;
  }
  latencies.push(performance.now() - startedAt);
  if (reply.isCorrect !== isRight(selected, q))
    failures.push(`${candidate.attemptId}#${position}: ${reply.detail || `graded ${reply.isCorrect}`}`);
}

/** Closed loop: every candidate answers its questions one after another; candidates run concurrently. */
async function drive(label: string, candidates: Candidate[], send: Send): Promise<Run> {
  const latencies: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  await Promise.all(
    candidates.map(async (candidate, c) => {
      for (const position of candidate.questions.keys()) {
        const copies = (position + 1) % DUPLICATE_EVERY === 0 ? 2 : 1;
        await Promise.all(
          Array.from({ length: copies }, () => sendOne(send, candidate, c, position, latencies, failures)),
        );
      }
    }),
  );
  return {
    label,
    latencies,
    seconds: (performance.now() - started) / 1000,
    requests: latencies.length,
    failures,
    load: loadAverage(),
  };
}

/**
 * Open loop: answer k arrives at k / rate seconds whatever happened to the others (candidate k mod n, its next
 * question), so a slow server builds a queue instead of slowing the load down. Latency counts from the scheduled
 * arrival. Bounded: rate × seconds answers, at most OPEN_IN_FLIGHT of them in flight (an arrival that finds them all
 * out waits for one to come back, and that wait is in its latency), each cut off after REQUEST_TIMEOUT_MS.
 */
async function openLoop(
  label: string,
  candidates: Candidate[],
  rate: number,
  seconds: number,
  send: Send,
): Promise<Run & { behind: number; waited: number }> {
  const latencies: number[] = [];
  const failures: string[] = [];
  const pending: Promise<void>[] = [];
  // Every candidate answers all its questions: rate × seconds rounded up to a multiple of the candidates.
  const total = candidates.length * (candidates[0]?.questions.length ?? 0);
  let [behind, waited, outstanding] = [0, 0, 0];
  const slotFreed: (() => void)[] = [];
  const started = performance.now();
  for (let k = 0; k < total; k++) {
    const due = started + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    else if (wait < -10) behind += 1;
    if (outstanding >= OPEN_IN_FLIGHT) {
      waited += 1;
      await new Promise<void>((resolve) => slotFreed.push(resolve));
    }
    outstanding += 1;
    const c = k % candidates.length;
    pending.push(
      sendOne(send, candidates[c] as Candidate, c, Math.floor(k / candidates.length), latencies, failures, due).finally(
        () => {
          outstanding -= 1;
          slotFreed.shift()?.();
        },
      ),
    );
  }
  await Promise.all(pending);
  return {
    label,
    latencies,
    seconds: (performance.now() - started) / 1000,
    requests: latencies.length,
    failures,
    load: loadAverage(),
    behind,
    waited,
  };
}

/**
 * No answer lost: every answer the server acknowledged is stored as sent (and, when every answer was acknowledged,
 * every item is graded and the round closed). None duplicated: each round counted each graded item once (its running
 * graded and correct counts match its items) and closed once. Returns a summary; throws on a problem.
 */
async function verify(db: Db, candidates: Candidate[], run: Run): Promise<string> {
  const ids = candidates.map((candidate) => candidate.attemptId);
  const items = await db.attemptItem.findMany({
    where: { attemptId: { in: ids } },
    select: { attemptId: true, position: true, selected: true, isCorrect: true, gradedAt: true },
  });
  const attempts = await db.attempt.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, correct: true, gradedCount: true, total: true },
  });
  const byKey = new Map(items.map((item) => [`${item.attemptId}#${item.position}`, item]));
  const failed = new Set(run.failures.map((failure) => failure.split(":")[0]));
  const problems: string[] = [];
  for (const [c, candidate] of candidates.entries()) {
    for (const [position, q] of candidate.questions.entries()) {
      const key = `${candidate.attemptId}#${position}`;
      const selected = answerOf(c, position, q);
      const item = byKey.get(key);
      if (!item?.gradedAt) {
        if (!failed.has(key)) problems.push(`${key} acknowledged but lost`);
      } else if (item.selected.join() !== selected.join() || item.isCorrect !== isRight(selected, q))
        problems.push(`${key} stored wrongly`);
    }
    const own = items.filter((item) => item.attemptId === candidate.attemptId && item.gradedAt);
    const attempt = attempts.find((row) => row.id === candidate.attemptId);
    const right = own.filter((item) => item.isCorrect).length;
    const isComplete = own.length === candidate.questions.length;
    if (
      !attempt ||
      attempt.gradedCount !== own.length ||
      attempt.correct !== right ||
      (attempt.status === "SUBMITTED") !== isComplete
    ) {
      problems.push(
        `${candidate.attemptId}: ${attempt?.status} with ${attempt?.correct} correct of ${attempt?.gradedCount} counted; its items: ${right} correct of ${own.length} graded`,
      );
    }
  }
  // A signed-in candidate's graded answers moved their review schedule once each (one log row per graded item).
  const signedIds = candidates.filter((candidate) => candidate.userId).map((candidate) => candidate.attemptId);
  if (signedIds.length > 0) {
    const logged = await db.reviewLog.count({ where: { attemptId: { in: signedIds } } });
    const graded = items.filter((item) => item.gradedAt && signedIds.includes(item.attemptId)).length;
    if (logged !== graded) problems.push(`${graded} graded answers of signed-in candidates but ${logged} review logs`);
  }
  if (problems.length > 0)
    throw new Error(`quiz-load: ${run.label}: answers lost or duplicated:\n  ${problems.slice(0, 10).join("\n  ")}`);
  const closed = attempts.filter((attempt) => attempt.status === "SUBMITTED").length;
  return `${items.filter((item) => item.gradedAt).length} graded exactly once (${run.failures.length} not acknowledged), ${closed}/${attempts.length} rounds closed with the right score`;
}

/** The baseline server (bench/quiz-load/baseline-server.ts), its statements counted like the app server's. */
function startBaseline(port: number, databaseUrl: string, queryCountFile: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...countQueriesArgs, "--import", "tsx", path.join(root, "bench/quiz-load/baseline-server.ts")],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        NODE_ENV: "production",
        BENCH_QUERY_COUNT_FILE: queryCountFile,
        AUTH_SECRET,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("quiz-load: the baseline server was not ready within 60 s"));
    }, 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`baseline server exited with ${code}`));
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      if (!chunk.toString().includes("ready")) return;
      clearTimeout(timer);
      resolve(child);
    });
  });
}

/** Stops a server, and kills it when it has not exited 10 s after SIGTERM (so the bench itself always ends). */
function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      console.error(`quiz-load: process ${child.pid} did not exit 10 s after SIGTERM: killed`);
      child.kill("SIGKILL");
    }, 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * BENCH_QUIZ_NODE_ARGS="--flag …": extra node flags for BOTH servers (the app and the baseline), to try a runtime
 * setting (e.g. a garbage collector size) on like terms.
 */
const tuningArgs = (process.env.BENCH_QUIZ_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
const countQueriesArgs = [...tuningArgs, "--import", path.join(root, "bench/quiz-load/count-queries.mjs")];

const HEADER = `${"".padEnd(46)} ${"requests".padStart(8)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"CPU ms/answer".padStart(13)} ${"round trips/answer".padStart(18)} ${"bench CPU ms/answer".padStart(19)}  load (1/5/15 min)`;
function row(run: Run): string {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const cells = [
    run.label.padEnd(46),
    String(run.requests).padStart(8),
    (run.requests / run.seconds).toFixed(0).padStart(8),
    percentile(sorted, 0.5).toFixed(1).padStart(8),
    percentile(sorted, 0.99).toFixed(1).padStart(8),
    String(run.failures.length).padStart(7),
    (run.cpuMs === undefined ? "" : run.cpuMs.toFixed(2)).padStart(13),
    (run.roundTrips === undefined ? "" : run.roundTrips.toFixed(2)).padStart(18),
    (run.clientCpuMs === undefined ? "" : run.clientCpuMs.toFixed(2)).padStart(19),
  ];
  return `${cells.join(" ")}  ${run.load}`;
}
const p50 = (run: Run) =>
  percentile(
    [...run.latencies].sort((a, b) => a - b),
    0.5,
  );
const p99 = (run: Run) =>
  percentile(
    [...run.latencies].sort((a, b) => a - b),
    0.99,
  );
const throughput = (run: Run) => run.requests / run.seconds;
const verdict = (isMet: boolean) => (isMet ? "met" : "NOT MET");

export default async function quizLoad(): Promise<void> {
  const baseUrl = process.env.BENCH_DATABASE_URL;
  if (!baseUrl) throw new Error("quiz-load needs BENCH_DATABASE_URL (run it through npm run bench)");
  const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
  ensureBuild(distDir);
  const database = await createBenchDatabase(baseUrl, "quiz");
  const db = createPrismaClient(database.url, { maxConnections: 4 });
  const raw = new pg.Pool({ connectionString: database.url, max: POOL_SIZE });
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  let baseline: ChildProcess | undefined;
  // Where the app and baseline servers write how many statements they sent (bench/quiz-load/count-queries.mjs).
  const countDir = mkdtempSync(path.join(os.tmpdir(), "kaisetsu-quiz-load-"));
  const [appQueries, baseQueries] = [path.join(countDir, "app"), path.join(countDir, "baseline")];
  let rawQueries = 0;
  try {
    await seedBank(db);
    const create = (label: string, count: number, answers: number) => createCandidates(db, label, count, answers);
    const groups = {
      warm: {
        next: await create("warm-next", WARM_CANDIDATES, WARM_ANSWERS),
        base: await create("warm-base", WARM_CANDIDATES, WARM_ANSWERS),
        raw: await create("warm-raw", WARM_CANDIDATES, WARM_ANSWERS),
      },
      solo: {
        next: await create("solo-next", 1, SOLO_ANSWERS),
        base: await create("solo-base", 1, SOLO_ANSWERS),
        raw: await create("solo-raw", 1, SOLO_ANSWERS),
      },
      load: {
        next: await create("next", CANDIDATES, ANSWERS),
        base: await create("base", CANDIDATES, ANSWERS),
        raw: await create("raw", CANDIDATES, ANSWERS),
        floor: await create("floor", CANDIDATES, ANSWERS),
      },
      // Signed in: the action reads the session (one statement) and the use case moves the review card (one more).
      signedIn: {
        next: await createCandidates(db, "signed-next", CANDIDATES, ANSWERS, true),
        base: await createCandidates(db, "signed-base", CANDIDATES, ANSWERS, true),
      },
      open: await create("open", OPEN_CANDIDATES, Math.ceil((OPEN_RATE * OPEN_SECONDS) / OPEN_CANDIDATES)),
      burst: await create("burst", BURST_CANDIDATES, BURST_ANSWERS),
    };

    const actionId = answerActionId(distDir);
    app = await startAppServer({
      port: await findFreePort(),
      distDir,
      isQuiet: true,
      env: {
        DATABASE_URL: database.url,
        AUTH_SECRET,
        AUTH_TRUST_HOST: "true",
        NODE_ENV: "production",
        BENCH_QUERY_COUNT_FILE: appQueries,
      },
      nodeArgs: [
        ...countQueriesArgs,
        // BENCH_QUIZ_CPU_PROF=<dir>: the app server writes a V8 CPU profile there when it stops (node --cpu-prof).
        ...(process.env.BENCH_QUIZ_CPU_PROF
          ? ["--cpu-prof", "--cpu-prof-interval=250", `--cpu-prof-dir=${path.resolve(process.env.BENCH_QUIZ_CPU_PROF)}`]
          : []),
      ],
    });
    const appUrl = app.url;
    /** The practice answer action, as the browser calls it (its one argument: the answer). */
    const postAction = (candidate: Candidate, answer: { position: number; selected: string[] }) =>
      post(
        `${appUrl}/practice/${candidate.attemptId}`,
        {
          "Next-Action": actionId,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: appUrl,
          Cookie: candidate.cookie,
        },
        JSON.stringify([{ attemptId: candidate.attemptId, ...answer }]),
      );
    const viaAction: Send = async (candidate, position, selected) =>
      httpReply(await postAction(candidate, { position, selected }));
    // The framework's floor: the same action, sent an answer zod refuses (position -1), so it returns before any database
    // work (the wrapper still reads the language and the session cookie). No use case can make the action cheaper
    // than this; the refusal is this run's expected reply.
    const viaActionRefused: Send = async (candidate, position, selected) => {
      const { status, body } = await postAction(candidate, { position: -1, selected });
      const isRefused = status === 200 && body.includes('"ok":false') && body.includes('"fieldErrors"');
      if (!isRefused) return { isCorrect: null, detail: `not refused: HTTP ${status} ${body.slice(0, 160)}` };
      return { isCorrect: isRight(selected, candidate.questions[position] as number), detail: "" };
    };
    const basePort = await findFreePort();
    baseline = await startBaseline(basePort, database.url, baseQueries);
    const viaBaseline: Send = async (candidate, position, selected) =>
      httpReply(
        await post(
          `http://127.0.0.1:${basePort}/answer`,
          { "Content-Type": "application/json", Cookie: candidate.cookie },
          JSON.stringify({ attemptId: candidate.attemptId, position, selected }),
        ),
      );
    // The statement alone, as the use case runs it: again only when a concurrent copy graded the item first.
    const viaStatement: Send = async (candidate, position, selected) => {
      const params: GradeAnswerParams = [
        candidate.attemptId,
        position,
        candidate.userId,
        candidate.anonKeyHash,
        [...selected].sort(),
        new Date().toISOString(),
        null,
        false,
        null,
        12 * 60 * 60,
        5 * 60,
        new Date().toISOString(),
      ];
      rawQueries += 1;
      let [graded] = (await raw.query<GradeAnswerRow, GradeAnswerParams>(gradeAnswerQuery(params))).rows;
      if (graded && !graded.gradedNow && !graded.gradedBefore) {
        rawQueries += 1;
        [graded] = (await raw.query<GradeAnswerRow, GradeAnswerParams>(gradeAnswerQuery(params))).rows;
      }
      if (!graded?.feedback) return { isCorrect: null, detail: `not graded: ${JSON.stringify(graded)?.slice(0, 160)}` };
      return { isCorrect: graded.isCorrect, detail: "" };
    };

    console.log(
      `Load before the runs: ${loadAverage()} (1/5/15 min) on ${os.cpus().length} cores; pool ${POOL_SIZE} connections per process`,
    );
    // Warm-up, not measured: JIT, the pools' connections and their prepared statements, Next.js's route caches.
    for (const [label, group, send] of [
      ["server action", groups.warm.next, viaAction],
      ["node:http baseline", groups.warm.base, viaBaseline],
      ["grading statement", groups.warm.raw, viaStatement],
    ] as const) {
      const warm = await withDeadline(`warm-up: ${label}`, drive(`warm-up: ${label}`, group, send));
      console.log(
        `  warm-up (not counted): ${label}, ${WARM_CANDIDATES} candidates × ${WARM_ANSWERS} answers (${warm.requests} requests) in ${warm.seconds.toFixed(1)} s`,
      );
    }
    const [appPid, basePid] = [app.child.pid, baseline.pid];
    const appMeter: Meter = { pid: appPid, queries: () => queryCount(appPid, appQueries) };
    const baseMeter: Meter = { pid: basePid, queries: () => queryCount(basePid, baseQueries) };
    const rawMeter: Meter = { pid: "self", queries: () => rawQueries };
    const closed = (meter: Meter, label: string, group: Candidate[], send: Send) =>
      measured(meter, label, () => drive(label, group, send));
    const solo = [
      await closed(appMeter, "server action, 1 candidate", groups.solo.next, viaAction),
      await closed(baseMeter, "node:http baseline, 1 candidate", groups.solo.base, viaBaseline),
      await closed(rawMeter, "grading statement on raw pg, 1 candidate", groups.solo.raw, viaStatement),
    ] as [Run, Run, Run];
    const load = [
      await closed(appMeter, `server action, ${CANDIDATES} candidates`, groups.load.next, viaAction),
      await closed(baseMeter, `node:http baseline, ${CANDIDATES} candidates`, groups.load.base, viaBaseline),
      await closed(rawMeter, `grading statement on raw pg, ${CANDIDATES} cand.`, groups.load.raw, viaStatement),
    ] as [Run, Run, Run];
    const floor = await closed(
      appMeter,
      `action refusing input, ${CANDIDATES} cand. (floor)`,
      groups.load.floor,
      viaActionRefused,
    );
    const signedIn = [
      await closed(appMeter, `server action, ${CANDIDATES} signed in`, groups.signedIn.next, viaAction),
      await closed(baseMeter, `node:http baseline, ${CANDIDATES} signed in`, groups.signedIn.base, viaBaseline),
    ] as [Run, Run];
    const openLabel = `server action, open loop ${OPEN_RATE}/s × ${OPEN_SECONDS} s`;
    const open = await measured(appMeter, openLabel, () =>
      openLoop(openLabel, groups.open, OPEN_RATE, OPEN_SECONDS, viaAction),
    );
    const burst = await closed(
      appMeter,
      `server action, burst of ${BURST_CANDIDATES} candidates`,
      groups.burst,
      viaAction,
    );

    console.log(
      `Closed loop: each candidate answers, waits for the reply, answers again (every ${DUPLICATE_EVERY}th sent twice at once); loopback, one process each`,
    );
    console.log(
      `(CPU ms/answer: the serving process's own CPU — the app server, the baseline server, or for the statement this bench's pg client — not PostgreSQL's;`,
    );
    console.log(
      ` bench CPU ms/answer: this load generator's own CPU over HTTP, which shares the machine's cores with the server it measures;`,
    );
    console.log(
      ` round trips/answer: the statements that process sent to PostgreSQL per answer; a copy sent twice at once grades once and reads once more)`,
    );
    console.log(HEADER);
    for (const run of [...solo, ...load, floor, ...signedIn]) console.log(row(run));
    const [action, base, statement] = load;
    console.log(
      `single candidate: action p50 ${p50(solo[0]).toFixed(1)} ms (target < 10 ms: ${verdict(p50(solo[0]) < 10)}); baseline ${p50(solo[1]).toFixed(1)} ms; statement ${p50(solo[2]).toFixed(1)} ms`,
    );
    const actionRatio = throughput(action) / throughput(base);
    const baseRatio = throughput(base) / throughput(statement);
    console.log(
      `${CANDIDATES} candidates: action = ${(actionRatio * 100).toFixed(0)}% of the node:http baseline (target ≥ 70%: ${verdict(actionRatio >= 0.7)}); baseline = ${(baseRatio * 100).toFixed(0)}% of the raw statement (target ≥ 50%: ${verdict(baseRatio >= 0.5)})`,
    );
    console.log(
      `${CANDIDATES} candidates: the framework's floor — the action refusing its input before any database work — = ${((throughput(floor) / throughput(base)) * 100).toFixed(0)}% of the baseline serving whole answers (what any use case could reach at best)`,
    );
    console.log(
      `${CANDIDATES} signed in: action = ${((throughput(signedIn[0]) / throughput(signedIn[1])) * 100).toFixed(0)}% of the node:http baseline (session read, grading, review write)`,
    );
    console.log(
      `\nOpen loop: ${OPEN_CANDIDATES} candidates, answers arriving at a fixed rate, at most ${OPEN_IN_FLIGHT} in flight; latency from the scheduled arrival`,
    );
    console.log(HEADER);
    console.log(row(open));
    console.log(row(burst));
    console.log(
      `open loop: p50 ${p50(open).toFixed(1)} ms, p99 ${p99(open).toFixed(1)} ms (target < 100 ms: ${verdict(p99(open) < 100)}), ${open.failures.length} errors (target 0: ${verdict(open.failures.length === 0)}), ${open.behind} arrivals sent late by the load generator, ${open.waited} waited for one in flight to return`,
    );
    const closedGroups = [
      groups.solo.next,
      groups.solo.base,
      groups.solo.raw,
      groups.load.next,
      groups.load.base,
      groups.load.raw,
      groups.signedIn.next,
      groups.signedIn.base,
    ];
    for (const [index, group] of closedGroups.entries())
      await verify(db, group, [...solo, ...load, ...signedIn][index] as Run);
    console.log(
      `answers sent again after a failure in transit or a 5xx, as the practice page does: ${retried} in all runs`,
    );
    console.log(
      `integrity: open loop — ${await verify(db, groups.open, open)}; burst — ${await verify(db, groups.burst, burst)}; the closed-loop runs likewise`,
    );
    // Answers cut off by the time bound are figures (the errors column); a wrong grading or a server error is a bug.
    for (const run of [...solo, ...load, floor, ...signedIn, open, burst]) {
      const broken = run.failures.filter((failure) => !failure.includes("TimeoutError"));
      if (broken.length > 0)
        throw new Error(`quiz-load: ${run.label} had ${broken.length} failed answers, e.g. ${broken[0]}`);
    }
  } finally {
    if (baseline) await stopProcess(baseline);
    if (app) await stopProcess(app.child);
    rmSync(countDir, { recursive: true, force: true });
    await raw.end();
    await db.$disconnect();
    await database.drop();
  }
}
