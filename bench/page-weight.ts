// Bench: what the simulator player adds to the pages, and how fast a step renders.
// 1. First-load JavaScript of real pages (the question page, a graded practice question whose explanation embeds the
//    player, a forum thread with a replay card, the full-page player, the sandbox): the gzip size of every <script src> in the served HTML, plus the
//    inline RSC payload. Scripts marked `nomodule` (Next's legacy polyfills) are listed apart: every browser that runs
//    modules skips them. Targets: under 150 kB on the question and practice pages, under 200 kB on the player and sandbox.
// 2. The player's lazily loaded chunks (fetched by Chromium only once a graded networking question shows it).
// 3. Step render time in Chromium: click "next" → DOM updated, and switching a what-if choice on → DOM updated
//    (simulate + diagram + tables), median of N. Target: within one frame (16.7 ms).
// Prints figures; never fails on time or size.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { startAppServer } from "../scripts/lib/app-server";
import { ensureBuild, root, run } from "../scripts/lib/build";
import { findFreePort } from "../scripts/lib/embedded-postgres";
import { createBenchDatabase } from "../scripts/lib/bench-database";
import { createPrismaClient } from "../lib/db-client";

const QUESTION = "saa-0001";
const COOKIE = "kaisetsu-practice"; // lib/server/quiz/requester.ts ANON_PRACTICE_COOKIE
const RUNS = 30;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** gzip sizes of the page's external scripts, of its `nomodule` ones (not loaded by modern browsers) and of its inline scripts (the RSC payload). */
async function pageWeight(
  baseUrl: string,
  pathname: string,
  cookie: string,
  cache: Map<string, number>,
): Promise<{ scripts: number; legacy: number; inline: number; count: number; status: number }> {
  const response = await fetch(`${baseUrl}${pathname}`, { headers: { Cookie: cookie, "Accept-Language": "ja" } });
  const html = await response.text();
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].map((match) => ({
    src: (match[2] ?? "").replace(/&amp;/g, "&"),
    isLegacy: /\snomodule\b/i.test(`${match[1]} ${match[3]}`),
  }));
  const unique = [...new Map(tags.map((tag) => [tag.src, tag])).values()];
  let scripts = 0;
  let legacy = 0;
  for (const { src, isLegacy } of unique) {
    if (!cache.has(src))
      cache.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())).length);
    if (isLegacy) legacy += cache.get(src) ?? 0;
    else scripts += cache.get(src) ?? 0;
  }
  const inlineText = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? "")
    .join("");
  return {
    scripts,
    legacy,
    inline: gzipSync(Buffer.from(inlineText)).length,
    count: unique.filter((tag) => !tag.isLegacy).length,
    status: response.status,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Milliseconds from a click to the DOM showing its result (`commit`) and to the frame after it being painted
 * (`paint`: a rAF callback, then a task after that frame), measured inside the page.
 */
async function timeClicks(
  page: Page,
  selector: string,
  changed: string,
  runs: number,
): Promise<{ commit: number; paint: number }[]> {
  return page.evaluate(
    async ({ selector, changed, runs }) => {
      const times: { commit: number; paint: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const button = document.querySelector<HTMLElement>(selector);
        const watched = document.querySelector(changed);
        if (!button || !watched) break;
        const before = watched.textContent;
        const t0 = performance.now();
        button.click();
        // React commits a discrete event's update within the same task; a MutationObserver sees it right after.
        await new Promise<void>((resolve) => {
          if (watched.textContent !== before) return resolve();
          const observer = new MutationObserver(() => {
            if (watched.textContent === before) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(watched, { childList: true, characterData: true, subtree: true });
          setTimeout(() => {
            observer.disconnect();
            resolve();
          }, 1000);
        });
        const commit = performance.now() - t0;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        times.push({ commit, paint: performance.now() - t0 });
        // Let the next measurement start on a fresh frame.
        await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      }
      return times;
    },
    { selector, changed, runs },
  );
}

export default async function pageWeightBench(): Promise<void> {
  const baseUrl = process.env.BENCH_DATABASE_URL;
  if (!baseUrl) throw new Error("page-weight needs BENCH_DATABASE_URL (run it through npm run bench)");
  const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
  ensureBuild(distDir);
  const database = await createBenchDatabase(baseUrl, "page_weight");
  run(process.execPath, ["--import", "tsx", path.join(root, "scripts/seed.ts")], {
    ...process.env,
    DATABASE_URL: database.url,
  });
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  const browser = await chromium.launch({
    ...(existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium" } : {}),
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    // A signed-out practice round with the question graded: the cookie owner may open its player.
    const token = randomBytes(32).toString("base64url");
    const { examId } = await db.question.findUniqueOrThrow({ where: { id: QUESTION }, select: { examId: true } });
    const at = new Date();
    const attempt = await db.attempt.create({
      data: {
        anonKeyHash: createHash("sha256").update(token).digest("hex"),
        examId,
        mode: "PRACTICE",
        status: "SUBMITTED",
        options: {},
        finishedAt: at,
        correct: 1,
        total: 1,
        items: {
          create: [
            {
              position: 0,
              questionId: QUESTION,
              selected: ["A", "C", "F"],
              answeredAt: at,
              gradedAt: at,
              isCorrect: true,
            },
          ],
        },
      },
      select: { id: true },
    });
    // A thread whose post links a replay by a bare path: the card (and its mini player, loaded on demand).
    const author = await db.user.create({ data: { email: "page-weight@example.test" }, select: { id: true } });
    const replay = `/questions/${QUESTION}/simulate?choices=A,C&os=linux&step=3`;
    await db.thread.create({
      data: {
        questionId: QUESTION,
        authorId: author.id,
        postCount: 1,
        posts: {
          create: [
            {
              authorId: author.id,
              bodyMd: `${replay} で再生できます`,
              bodyHtml: `<p>${replay} で再生できます</p>`,
              excerpt: `${replay} で再生できます`,
              simulatorLinks: [
                { kind: "question", href: replay, questionId: QUESTION, choices: ["A", "C"], os: "linux", step: 3 },
              ],
            },
          ],
        },
      },
    });
    const plain = await db.question.findFirstOrThrow({
      where: { hasScenario: false, retiredAt: null },
      select: { id: true },
    });
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
    const cookie = `${COOKIE}=${token}`;
    const cache = new Map<string, number>();
    const pages = [
      ["question page (networking)", `/questions/${QUESTION}`, 150],
      ["question page (no scenario)", `/questions/${plain.id}`, 150],
      ["practice question, graded (player lazy)", `/practice/${attempt.id}?q=1`, 150],
      ["forum thread with a replay card", `/questions/${QUESTION}/forum`, 150],
      ["full-page player", `/questions/${QUESTION}/simulate?choices=A,C&os=linux&step=9`, 200],
      ["sandbox", `/sandbox?scenario=${QUESTION}`, 200],
    ] as const;
    console.log(
      `First-load JavaScript, gzip: scripts + inline RSC payload = total, against the page's target (nomodule polyfills apart)`,
    );
    console.log(
      `${"page".padEnd(44)} ${"scripts".padStart(10)} ${"inline".padStart(10)} ${"total".padStart(10)} ${"target".padStart(10)}   ${"nomodule".padStart(9)}`,
    );
    for (const [label, pathname, target] of pages) {
      const weight = await pageWeight(app.url, pathname, cookie, cache);
      const total = weight.scripts + weight.inline;
      const status = weight.status === 200 ? "" : `  (HTTP ${weight.status})`;
      const verdict = total < target * 1024 ? "met" : "NOT MET";
      console.log(
        `${label.padEnd(44)} ${kB(weight.scripts).padStart(10)} ${kB(weight.inline).padStart(10)} ${kB(total).padStart(10)} ${`< ${target} kB`.padStart(10)} ${verdict.padEnd(7)} ${kB(weight.legacy).padStart(9)}  ${weight.count} files${status}`,
      );
    }

    // The chunks Chromium fetches only when the embedded player appears.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
    await context.addCookies([{ name: COOKIE, value: token, url: app.url }]);
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") loaded.push(response.url());
    });
    await page.goto(`${app.url}/practice/${attempt.id}?q=1`);
    await page.getByTestId("netsim-player").waitFor();
    // What the served HTML asked for; anything else Chromium fetched came from the player's dynamic import.
    const html = await (await fetch(`${app.url}/practice/${attempt.id}?q=1`, { headers: { Cookie: cookie } })).text();
    const initial = new Set(
      [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) =>
        new URL((match[1] ?? "").replace(/&amp;/g, "&"), app?.url).toString(),
      ),
    );
    const lazy = [...new Set(loaded)].filter((url) => !initial.has(url));
    let lazyBytes = 0;
    for (const url of lazy) lazyBytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
    console.log(
      `player chunks loaded lazily on a graded practice question: ${lazy.length} files, ${kB(lazyBytes)} gzip`,
    );

    // Step render and what-if replay in the full-page player.
    await page.goto(`${app.url}/questions/${QUESTION}/simulate?os=linux&choices=A,C`);
    await page.getByTestId("netsim-player").waitFor();
    const steps: { commit: number; paint: number }[] = [];
    for (let round = 0; steps.length < RUNS && round < 10; round++) {
      await page
        .getByRole("button", { name: "最初へ" })
        .click()
        .catch(() => undefined);
      steps.push(
        ...(await timeClicks(
          page,
          '[data-testid="netsim-player"] [role="group"] button:nth-of-type(4)',
          '[data-testid="step-position"]',
          8,
        )),
      );
    }
    const whatIf: { commit: number; paint: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [time] = await timeClicks(
        page,
        '[data-testid="netsim-player"] fieldset li:nth-child(6) input[type="checkbox"]',
        '[data-testid="flow-verdict"]',
        1,
      );
      if (time !== undefined) whatIf.push(time);
    }
    const describe = (list: { commit: number; paint: number }[]) =>
      `commit median ${median(list.map((x) => x.commit)).toFixed(2)} ms (max ${Math.max(...list.map((x) => x.commit)).toFixed(1)}), next paint median ${median(list.map((x) => x.paint)).toFixed(2)} ms, n=${list.length}`;
    console.log(
      `Render in Chromium (one frame = 16.7 ms; "commit" = click → DOM updated, "next paint" adds waiting for the frame):`,
    );
    console.log(`  step (click "next"):                         ${describe(steps)}`);
    console.log(`  what-if (choice F on/off: simulate + redraw): ${describe(whatIf)}`);
    await context.close();
  } finally {
    await browser.close();
    await app?.stop();
    await db.$disconnect();
    await database.drop();
  }
}
