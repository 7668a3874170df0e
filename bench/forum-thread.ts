// Bench (issue #10, finding 1): the server time of a forum thread page, and of /forum and /api/health meanwhile, with
// ten pathological posts. Posts are parsed once when written (lib/server/forum/analyse-post.ts): a page reads the
// stored HTML, excerpt and links. Two threads of ten posts each:
//  - "budget edge": the costliest posts the Markdown budget still accepts (lib/forum/markdown-budget.ts);
//  - "issue's posts": `"*_".repeat(5000)`, which the write path now refuses, stored directly (as rows written before
//    the fix would be), to show that reading them costs nothing more.
// Also prints the write-time cost of one budget-edge post. Target: a thread page under 200 ms of server time.
import os from "node:os";
import { startAppServer } from "../scripts/lib/app-server";
import { ensureBuild } from "../scripts/lib/build";
import { createBenchDatabase } from "../scripts/lib/bench-database";
import { findFreePort } from "../scripts/lib/embedded-postgres";
import { markdownBudget, markdownBudgetProblem } from "../lib/forum/markdown-budget";
import { parseMarkdown, renderUserMarkdown, renderUserTree } from "../lib/forum/render-post";
import { createPrismaClient } from "../lib/db-client";

const RUNS = 40;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timeGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

export default async function benchForumThread(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) throw new Error("Run through `npm run bench` (BENCH_DATABASE_URL).");
  const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
  ensureBuild(distDir);
  const database = await createBenchDatabase(serverUrl, "forum");
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    const edge =
      `${"*_".repeat(markdownBudget.maxDelimiters / 2)}${"[".repeat(markdownBudget.maxBrackets)}\n${"- item with words\n".repeat(markdownBudget.maxLines - 2)}`.slice(
        0,
        10_000,
      );
    if (markdownBudgetProblem(edge)) throw new Error("the budget-edge post should pass the budget");
    const issue = "*_".repeat(5000);
    // Warm the parser first (the first parse also compiles it), then time a few writes.
    let edgeHtml = renderUserTree(parseMarkdown(edge));
    const writes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const writeStarted = performance.now();
      edgeHtml = renderUserTree(parseMarkdown(edge));
      writes.push(performance.now() - writeStarted);
    }
    const writeMs = median(writes);
    const issueHtml = renderUserMarkdown(issue);

    await db.exam.create({
      data: {
        id: "bench",
        code: "B",
        titleJa: "ベンチ",
        titleEn: "Bench",
        questionCount: 2,
        minutes: 10,
        extensionMinutes: 0,
        passingScore: 700,
        domains: {
          create: [{ id: "bench:one", slug: "one", titleJa: "一", titleEn: "One", weight: 100, position: 0 }],
        },
      },
    });
    const users = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.user.create({ data: { email: `bench-${i}@example.test`, name: `bench ${i}` }, select: { id: true } }),
      ),
    );
    for (const [id, body, html] of [
      ["bench-0001", edge, edgeHtml],
      ["bench-0002", issue, issueHtml],
    ] as const) {
      await db.question.create({
        data: {
          id,
          examId: "bench",
          domainId: "bench:one",
          difficulty: "easy",
          choose: 1,
          topics: [],
          contentHash: id,
          sourcePath: `${id}.md`,
        },
      });
      const thread = await db.thread.create({ data: { questionId: id, authorId: users[0]?.id, postCount: 10 } });
      for (const user of users)
        await db.post.create({
          data: { threadId: thread.id, authorId: user.id, bodyMd: body, bodyHtml: html, excerpt: body.slice(0, 140) },
        });
    }
    app = await startAppServer({
      port: await findFreePort(),
      distDir,
      isQuiet: true,
      env: {
        DATABASE_URL: database.url,
        AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
        AUTH_TRUST_HOST: "true",
        NODE_ENV: "production",
      },
    });
    const row = async (label: string, pathname: string) => {
      await timeGet(`${app!.url}${pathname}`); // warm
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await timeGet(`${app!.url}${pathname}`));
      console.log(
        `  ${label.padEnd(46)} median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (n=${RUNS})`,
      );
    };
    console.log(
      `Write time of one budget-edge post (parse + render, once, median of 5): ${writeMs.toFixed(1)} ms; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`,
    );
    console.log("Server time (HTTP GET on loopback, signed out):");
    await row("thread, 10 budget-edge posts", "/questions/bench-0001/forum");
    await row('thread, 10 × "*_".repeat(5000) (stored rows)', "/questions/bench-0002/forum");
    await row("/forum (recent posts, both threads)", "/forum");
    // /api/health while thread pages are being rendered: no reader waits for another's Markdown.
    const health: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [, , time] = await Promise.all([
        timeGet(`${app.url}/questions/bench-0002/forum`),
        timeGet(`${app.url}/questions/bench-0001/forum`),
        timeGet(`${app.url}/api/health`),
      ]);
      health.push(time);
    }
    console.log(
      `  ${"/api/health while two threads render".padEnd(46)} median ${median(health).toFixed(1)} ms, max ${Math.max(...health).toFixed(1)} ms (n=${RUNS})`,
    );
  } finally {
    await app?.stop();
    await db.$disconnect();
    await database.drop();
  }
}
