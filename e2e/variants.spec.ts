// Variants (類題, issue #20): a networking question with variables, answered once, comes back in the review queue the
// day FSRS names as a variant: other addresses, marked 「類題」, graded against the key the server derives from
// (question id, seed); the seed is stored with the answer, and the simulator replays the variant the learner saw.
import { expect, test, type Page } from "@playwright/test";
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
