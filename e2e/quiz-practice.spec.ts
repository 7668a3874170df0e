import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./fixtures/db";
import { firstMarginTop, itemKeys, letterIndex, recordActionReplies, snap, type ItemKey } from "./quiz-helpers";

const attemptIdOf = (page: Page) => new URL(page.url()).pathname.split("/")[2] ?? "";
const choices = (page: Page, item: ItemKey) =>
  page.getByRole("group", { name: "選択肢" }).getByRole(item.choose > 1 ? "checkbox" : "radio");

async function startRound(page: Page, size: number): Promise<string> {
  await page.goto("/practice");
  await expect(page.getByRole("heading", { level: 1, name: "練習モード" })).toBeVisible();
  await page.getByLabel("問題集").selectOption("saa-c03");
  await page.getByLabel("問題数").fill(String(size));
  await page.getByRole("button", { name: "練習を始める" }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(page.getByText(`1 / ${size} 問目`)).toBeVisible();
  return attemptIdOf(page);
}

test.describe("practice", () => {
  test("a full round signed out: click and keyboard answers, feedback with key and explanations, summary, database", async ({
    page,
  }) => {
    const attemptId = await startRound(page, 3);
    const keys = await itemKeys(attemptId);
    expect(keys).toHaveLength(3);

    // Q1: answered right with the mouse.
    const [first, second, third] = keys as [ItemKey, ItemKey, ItemKey];
    // The progress line is the page's one level-one heading; the feedback's sections are level two under it.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("1 / 3 問目");
    const submit = page.getByRole("button", { name: "解答する" });
    await expect(submit).toBeDisabled();
    for (const letter of first.key) await choices(page, first).nth(letterIndex(letter)).check();
    await expect(page.getByText(`${first.choose} / ${first.choose} 選択中`)).toBeVisible();
    await submit.scrollIntoViewIfNeeded();
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await submit.click();
    const feedback = page.getByTestId("feedback");
    await expect(feedback.getByRole("status")).toContainText("正解");
    // Grading moves the focus to "next" (Enter goes on) but does not scroll down to it, past the verdict.
    await expect(page.getByRole("link", { name: "次の問題" })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledBefore);
    await expect(feedback.getByRole("status")).toBeInViewport();
    await expect(feedback.getByTestId("key")).toHaveText(first.key.join(", "));
    await expect(feedback.getByRole("heading", { level: 2, name: "選択肢ごとの解説" })).toBeVisible();
    await expect(feedback.getByRole("heading", { name: "解説", exact: true })).toBeVisible();
    await expect(feedback.getByRole("heading", { name: "参考資料" })).toBeVisible();
    await expect(feedback.getByRole("link", { name: /フォーラム/ })).toHaveAttribute(
      "href",
      `/questions/${first.questionId}/forum`,
    );
    await snap(page, "practice-feedback-desktop-ja");

    // Q2: answered wrong with number keys and Enter; N goes next.
    await page.keyboard.press("n");
    await expect(page.getByText("2 / 3 問目")).toBeVisible();
    for (const letter of second.wrong) await page.keyboard.press(String(letterIndex(letter) + 1));
    await expect(page.getByText(`${second.choose} / ${second.choose} 選択中`)).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("feedback").getByRole("status")).toContainText("不正解");
    await expect(page.getByTestId("key")).toHaveText(second.key.join(", "));

    // Q3: a multi-select cannot take more than asked; answered right.
    await page.getByRole("link", { name: "次の問題" }).click();
    await expect(page.getByText("3 / 3 問目")).toBeVisible();
    for (const letter of third.key) await choices(page, third).nth(letterIndex(letter)).check();
    if (third.choose > 1)
      await expect(
        choices(page, third).nth(letterIndex(third.wrong.find((l) => !third.key.includes(l)) ?? "A")),
      ).toBeDisabled();
    await page.getByRole("button", { name: "解答する" }).click();
    await expect(page.getByTestId("feedback").getByRole("status")).toContainText("正解");
    await page.getByRole("link", { name: "結果を見る" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "練習の結果" })).toBeVisible();
    await expect(page.getByTestId("practice-score")).toHaveText("2 / 3 問正解");

    const attempt = await testDb().attempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(attempt).toMatchObject({ mode: "PRACTICE", status: "SUBMITTED", correct: 2, total: 3, userId: null });
    expect(attempt.anonKeyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(attempt.items.map((item) => item.isCorrect)).toEqual([true, false, true]);
    expect(attempt.items[1]?.selected).toEqual(second.wrong);
  });

  test("no key or explanation reaches the browser before grading: action reply, page HTML, RSC payload; after grading they do", async ({
    page,
  }) => {
    // The start action's reply carries the first question's page (it redirects there): it must hold no key either.
    const replies = await recordActionReplies(page);
    const attemptId = await startRound(page, 2);
    expect(replies).toHaveLength(1);
    const [first] = (await itemKeys(attemptId)) as [ItemKey];
    expect(first.secrets.length).toBeGreaterThan(0);
    const html = await (await page.request.get(`/practice/${attemptId}`)).text();
    const rsc = await (await page.request.get(`/practice/${attemptId}`, { headers: { RSC: "1" } })).text();
    expect(html).toContain(first.questionId); // the question itself is there…
    for (const payload of [html, rsc, ...replies]) {
      expect(payload).not.toContain("keyLetters"); // …but no key field
      expect(payload).not.toContain("explanationHtml");
      for (const secret of first.secrets) expect(payload).not.toContain(secret);
    }
    // The detector can fail: once graded, the same snippets are on the page.
    for (const letter of first.key) await choices(page, first).nth(letterIndex(letter)).check();
    await page.getByRole("button", { name: "解答する" }).click();
    await expect(page.getByTestId("feedback")).toBeVisible();
    const graded = await (await page.request.get(`/practice/${attemptId}?q=1`)).text();
    expect(first.secrets.some((secret) => graded.includes(secret))).toBe(true);
  });

  test("another browser cannot open or answer someone's practice round", async ({ page, browser }) => {
    const attemptId = await startRound(page, 1);
    const stranger = await browser.newContext();
    const other = await stranger.newPage();
    const response = await other.goto(`/practice/${attemptId}`);
    expect(response?.status()).toBe(404);
    await stranger.close();
    expect((await testDb().attemptItem.findFirstOrThrow({ where: { attemptId } })).gradedAt).toBeNull();
  });
});

test.describe("practice on a phone @phone", () => {
  test("answers a question at phone width, in Japanese and English", async ({ page, context }) => {
    const attemptId = await startRound(page, 2);
    const [first] = (await itemKeys(attemptId)) as [ItemKey];
    await snap(page, `practice-question-${test.info().project.name}-ja`);
    for (const letter of first.key) await choices(page, first).nth(letterIndex(letter)).click();
    await page.getByRole("button", { name: "解答する" }).click();
    await expect(page.getByTestId("feedback").getByRole("status")).toContainText("正解");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, `practice-feedback-${test.info().project.name}-ja`);
    await context.addCookies([{ name: "kaisetsu-lang", value: "en", url: new URL(page.url()).origin }]);
    await page.goto("/practice");
    await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
    // The setup card's first field starts at the card's padding (the form's hidden action fields pushed it down).
    expect(await firstMarginTop(page.locator("form.card > .field"))).toBe("0px");
    await snap(page, `practice-setup-${test.info().project.name}-en`);
    await page.goto(`/practice/${attemptId}?q=1`);
    await expect(page.getByTestId("feedback").getByRole("status")).toContainText("Correct");
    await snap(page, `practice-feedback-${test.info().project.name}-en`);
    await page.emulateMedia({ colorScheme: "dark" });
    await snap(page, `practice-feedback-${test.info().project.name}-en-dark`);
    await page.emulateMedia({ colorScheme: "light" });
  });
});
