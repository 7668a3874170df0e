// Variants (類題, issue #20): a networking question with variables, answered once, comes back in the review queue the
// day FSRS names as a variant: other addresses, marked 「類題」, graded against the key the server derives from
// (question id, seed); the seed is stored with the answer, and the simulator replays the variant the learner saw.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadVariantTemplate } from "../lib/content/parse/variables";
import { generateVariant } from "../lib/netsim/authoring";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { letterIndex, setServerClockOffset, snap } from "./quiz-helpers";

const DAY = 24 * 60 * 60 * 1000;
const QUESTION = "saa-0011"; // declares variables (subnet, public IP, service); single answer
const choiceInputs = (page: Page) => page.getByRole("group", { name: "選択肢" }).getByRole("radio");

test.afterEach(async () => setServerClockOffset(0));

test("the review queue serves a variant of a networking question answered before, and replays it", async ({ page }) => {
  const user = await signUpAndSignIn(page);
  const question = await testDb().question.findUniqueOrThrow({
    where: { id: QUESTION },
    select: {
      variables: true,
      choices: { orderBy: { position: "asc" }, select: { letter: true, isCorrect: true } },
      texts: { where: { lang: "ja" }, select: { stemHtml: true } },
    },
  });
  expect(question.variables).not.toBeNull();
  const key = question.choices.filter((c) => c.isCorrect).map((c) => c.letter);
  const wrong = question.choices.find((c) => !c.isCorrect)?.letter ?? "A";

  // Answered once, wrong, on its own page: served as written (no badge).
  await page.goto(`/questions/${QUESTION}`);
  await expect(page.getByTestId("variant-badge")).toHaveCount(0);
  await choiceInputs(page).nth(letterIndex(wrong)).check();
  await page.getByRole("button", { name: "解答する" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();

  // The next day the review round serves it first, as a variant.
  await setServerClockOffset(DAY + 60_000);
  await page.goto("/review");
  await page.getByTestId("start-review").click();
  await expect(page).toHaveURL(/\/practice\//);
  const attemptId = new URL(page.url()).pathname.split("/")[2] ?? "";
  const item = await testDb().attemptItem.findFirstOrThrow({
    where: { attemptId, questionId: QUESTION },
    select: { position: true, variantSeed: true },
  });
  expect(item.position).toBe(0);
  expect(item.variantSeed).not.toBeNull();
  await expect(page.getByTestId("variant-badge")).toHaveText("類題");
  const stem = await page.locator(".question-stem").innerText();
  expect(stem).not.toBe((question.texts[0]?.stemHtml ?? "").replace(/<[^>]+>/g, ""));
  await snap(page, "variants-review-served-desktop-ja");

  for (const letter of key) await choiceInputs(page).nth(letterIndex(letter)).check();
  await page.getByRole("button", { name: "解答する" }).click();
  await expect(page.getByTestId("feedback").getByRole("status")).toContainText("正解");
  const graded = await testDb().attemptItem.findFirstOrThrow({
    where: { attemptId, questionId: QUESTION },
    select: { variantSeed: true, isCorrect: true, selected: true },
  });
  expect(graded).toEqual({ variantSeed: item.variantSeed, isCorrect: true, selected: key });
  expect(await testDb().reviewCard.count({ where: { userId: user.id, questionId: QUESTION } })).toBe(1);

  // The replay: the simulator page of (question, seed), marked as the variant.
  await page.getByTestId("variant-replay").click();
  await expect(page).toHaveURL(new RegExp(`/questions/${QUESTION}/simulate\\?seed=${item.variantSeed}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("類題");
  await expect(page.getByTestId("variant-badge")).toBeVisible();
  await snap(page, "variants-replay-desktop-ja");
});

test("a variant whose key moved is graded against its own key, and its texts say why", async ({ page }) => {
  // net-0070 (missing layer): each draw puts the wrong rule in another filter, so the key moves across letters.
  const QUESTION_MOVED = "net-0070";
  const loaded = await loadVariantTemplate(path.resolve(import.meta.dirname, "../content"), QUESTION_MOVED);
  if (!loaded.ok) throw new Error(loaded.message);
  const written = loaded.template.key;
  const moved = Array.from({ length: 200 }, (_, i) => generateVariant(loaded.template, i + 1)).find(
    (result) => result.ok && result.variant.key.join() !== written.join(),
  );
  if (!moved?.ok) throw new Error(`${QUESTION_MOVED}: no variant in seeds 1–200 moves the key off ${written.join()}`);
  const { seed, key } = moved.variant;
  const user = await signUpAndSignIn(page);
  const { examId } = await testDb().question.findUniqueOrThrow({
    where: { id: QUESTION_MOVED },
    select: { examId: true },
  });
  const round = async () =>
    (
      await testDb().attempt.create({
        data: {
          userId: user.id,
          examId,
          mode: "PRACTICE",
          options: {},
          total: 1,
          items: { create: [{ position: 0, questionId: QUESTION_MOVED, variantSeed: seed }] },
        },
        select: { id: true },
      })
    ).id;
  const stemLine = (moved.variant.texts.ja?.stem ?? "")
    .replace(/<[^>]+>/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line.length > 0 && !(loaded.template.texts.ja?.stem ?? "").includes(line));

  // The written key is wrong for this draw: graded wrong, and the key shown is the draw's own.
  const first = await round();
  await page.goto(`/practice/${first}`);
  await expect(page.getByTestId("variant-badge")).toHaveText("類題");
  if (stemLine) await expect(page.locator(".question-stem")).toContainText(stemLine);
  for (const letter of written) await choiceInputs(page).nth(letterIndex(letter)).check();
  await page.getByRole("button", { name: "解答する" }).click();
  await expect(page.getByTestId("feedback").getByRole("status")).toContainText("不正解");
  await expect(page.getByTestId("key")).toHaveText(key.join(", "));
  // The explanation of the draw's key is the draw's own (it names the drawn filter), not the written file's.
  const keyExplanation = moved.variant.texts.ja?.choices.find((c) => c.letter === key[0])?.explanation ?? "";
  const firstWords = keyExplanation
    .replace(/<[^>]+>/g, "")
    .trim()
    .slice(0, 24);
  await expect(page.getByTestId("feedback")).toContainText(firstWords);
  await snap(page, "variants-moved-key-wrong-desktop-ja");

  // The draw's key, in a new round of the same draw: graded right, and stored with the seed.
  const second = await round();
  await page.goto(`/practice/${second}`);
  for (const letter of key) await choiceInputs(page).nth(letterIndex(letter)).check();
  await page.getByRole("button", { name: "解答する" }).click();
  await expect(page.getByTestId("feedback").getByRole("status")).toContainText("正解");
  await expect(page.getByTestId("feedback").getByRole("status")).not.toContainText("不正解");
  const rows = await testDb().attemptItem.findMany({
    where: { attemptId: { in: [first, second] } },
    select: { attemptId: true, variantSeed: true, isCorrect: true, selected: true },
  });
  expect(rows.find((row) => row.attemptId === first)).toMatchObject({ variantSeed: seed, isCorrect: false });
  expect(rows.find((row) => row.attemptId === second)).toEqual({
    attemptId: second,
    variantSeed: seed,
    isCorrect: true,
    selected: key,
  });
});

test("a network-basics question answered before comes back from the review page's other banks, as a variant", async ({
  page,
}) => {
  const QUESTION_SIDE = "net-0069"; // declares an IP family variable
  await signUpAndSignIn(page);
  const wrong = (
    await testDb().choice.findFirstOrThrow({
      where: { questionId: QUESTION_SIDE, isCorrect: false },
      orderBy: { position: "asc" },
      select: { letter: true },
    })
  ).letter;
  await page.goto(`/questions/${QUESTION_SIDE}`);
  await choiceInputs(page).nth(letterIndex(wrong)).check();
  await page.getByRole("button", { name: "解答する" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();

  // The same day nothing is due; the next day the review page lists the bank beside the main queue.
  await page.goto("/review");
  await expect(page.getByTestId("side-banks")).toHaveCount(0);
  await setServerClockOffset(DAY + 60_000);
  await page.goto("/review");
  const side = page.getByTestId("side-banks");
  await expect(side).toContainText("ネットワーク基礎");
  await expect(side).toContainText("期限の問題 1 問");
  await snap(page, "review-side-banks-desktop-ja");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snap(page, "review-side-banks-phone-ja");
  await page.getByTestId("start-review-network-basics").click();
  await expect(page).toHaveURL(/\/practice\//);
  await expect(page.getByTestId("variant-badge")).toHaveText("類題");
  const attemptId = new URL(page.url()).pathname.split("/")[2] ?? "";
  const items = await testDb().attemptItem.findMany({
    where: { attemptId },
    select: { questionId: true, variantSeed: true },
  });
  expect(items).toHaveLength(1);
  expect(items[0]?.questionId).toBe(QUESTION_SIDE);
  expect(items[0]?.variantSeed).not.toBeNull();
});
