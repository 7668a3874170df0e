// Issue #10, finding 5: PostgreSQL stops in the middle of a mock exam. Nobody is sent to sign in, the runner keeps the
// answers (on screen and across a reload), shows them as unsaved, and saves every one of them once PostgreSQL is back.
// This spec runs its own PostgreSQL and app server (the shared ones must not stop under the other specs).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient, type Db } from "../lib/db-client";
import { startAppServer, type AppServer } from "../scripts/lib/app-server";
import { root, run } from "../scripts/lib/build";
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from "../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../scripts/lib/migrate";
import { signIn, uniqueUser } from "./fixtures/auth";
import { snap } from "./quiz-helpers";

test.describe.configure({ mode: "serial" });

let dir = "";
let pgPort = 0;
let postgres: RunningPostgres | undefined;
let server: AppServer | undefined;
let db: Db | undefined;

const startPostgres = async () =>
  (postgres = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: pgPort,
    isPersistent: true,
    isFast: true,
  }));

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = await mkdtemp(path.join(os.tmpdir(), "kaisetsu-outage-"));
  pgPort = await findFreePort();
  const { url } = await startPostgres();
  migrateDeploy(url);
  run(process.execPath, ["--import", "tsx", path.join(root, "scripts/seed.ts")], { DATABASE_URL: url });
  server = await startAppServer({
    port: await findFreePort(),
    distDir: process.env.E2E_DIST_DIR ?? ".next",
    isQuiet: true,
    env: {
      DATABASE_URL: url,
      AUTH_SECRET: "e2e-outage-secret-e2e-outage-secret",
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
    },
  });
  db = createPrismaClient(url, { maxConnections: 2 });
});

test.afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

const choiceInputs = (page: Page) => page.getByRole("group", { name: "選択肢" }).locator("input");

test("a PostgreSQL restart during an exam: nobody is signed out and no answer is lost", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL: server?.url, locale: "ja-JP" });
  const page = await context.newPage();
  const user = uniqueUser();
  await page.goto("/signup");
  await page.getByLabel(/^表示名/).fill(user.name);
  await page.getByLabel(/^メールアドレス/).fill(user.email);
  await page.getByLabel(/^パスワード/).fill(user.password);
  await page.getByRole("button", { name: "アカウントを作成" }).click();
  // Sign-up answers "check your email" (this server prints the mail to its log); an unconfirmed account signs in.
  await expect(page.getByRole("status").filter({ hasText: user.email.toLowerCase() })).toBeVisible();
  await signIn(page, user);

  await page.goto("/exam");
  await page.getByLabel("問題集").selectOption("saa-c03");
  await page.getByLabel("問題数").selectOption("5");
  await page.getByRole("button", { name: "試験を開始する" }).click();
  await expect(page).toHaveURL(/\/exam\/[a-z0-9]+$/);
  const attemptId = new URL(page.url()).pathname.split("/")[2] ?? "";
  const items = await db!.attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: { position: true, question: { select: { choose: true } } },
  });
  // The answer given to each position: the first `choose` choices.
  const letters = (choose: number) => ["A", "B", "C", "D", "E"].slice(0, choose);
  const answer = async (choose: number) => {
    for (let i = 0; i < choose; i += 1) await choiceInputs(page).nth(i).check();
  };

  await answer(items[0]!.question.choose);
  await expect(page.getByTestId("save-state")).toHaveText("保存しました");

  // PostgreSQL goes away.
  await postgres!.stop();
  const stoppedAt = Date.now();
  for (const item of items.slice(1)) {
    await page.getByRole("button", { name: "次の問題" }).click();
    await expect(page.getByRole("heading", { name: `問題 ${item.position + 1} / 5` })).toBeVisible();
    await answer(item.question.choose);
    // Kept on screen, marked unsaved; never "please sign in".
    await expect(page.getByTestId("save-state")).toContainText("未保存");
    await expect(choiceInputs(page).first()).toBeChecked();
  }
  await expect(page.getByTestId("save-state")).toContainText("未保存 4 問");
  await snap(page, "outage-exam-unsaved");
  await expect(page.getByText("この操作にはログインが必要です")).toHaveCount(0);

  // A reload while the database is down: the browser first asks (unsaved answers); then the page says it is
  // unavailable and retrying, not "sign in".
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByTestId("unavailable")).toContainText("一時的に利用できません");
  expect(page.url()).not.toContain("/signin");
  await expect(page.getByRole("link", { name: "ログイン", exact: true })).toHaveCount(0);
  await snap(page, "outage-page-unavailable");

  // PostgreSQL is back: the page recovers by itself, the unsaved answers (kept in the browser) are sent again.
  await startPostgres();
  const outageMs = Date.now() - stoppedAt;
  await expect(page.getByRole("heading", { name: /^問題 \d \/ 5$/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("save-state")).toHaveText("保存しました", { timeout: 60_000 });
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();

  const stored = await db!.attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: { selected: true },
  });
  const lost = items.filter(
    (item, i) => JSON.stringify(stored[i]?.selected) !== JSON.stringify(letters(item.question.choose)),
  ).length;
  console.log(
    `PostgreSQL restart during an exam: outage ${(outageMs / 1000).toFixed(1)} s, 4 answers given while it was down, ${lost} lost`,
  );
  expect(lost).toBe(0);
  await context.close();
});
