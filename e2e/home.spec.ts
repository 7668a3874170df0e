import { expect, test } from "@playwright/test";
import { testDb } from "./fixtures/db";

test.describe("home page @phone", () => {
  test("lists every exam with its question counts read from PostgreSQL", async ({ page }) => {
    const exams = await testDb().exam.findMany({ select: { id: true } });
    expect(exams.length).toBeGreaterThan(0);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "問題集" })).toBeVisible();
    for (const { id } of exams) {
      const live = await testDb().question.count({ where: { examId: id, retiredAt: null } });
      const card = page.getByTestId(`exam-${id}`);
      await expect(card.getByTestId("question-count")).toHaveText(`${live} 問`);
    }
  });

  test("switches to English and back, keeping the choice in a cookie", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /English/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Question banks" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Question banks" })).toBeVisible();
    await page.getByRole("button", { name: /日本語/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "問題集" })).toBeVisible();
  });

  test("sends security headers with a per-request script nonce", async ({ request }) => {
    const first = await request.get("/");
    const second = await request.get("/");
    const policy = first.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).not.toBe(second.headers()["content-security-policy"]);
    expect(first.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first.headers()["x-frame-options"]).toBe("DENY");
  });
});

test("a question page shows the stem and choices but not the key", async ({ page }) => {
  const question = await testDb().question.findFirstOrThrow({
    where: { retiredAt: null },
    select: {
      id: true,
      choices: { select: { letter: true, isCorrect: true } },
      texts: { where: { lang: "ja" }, select: { explanationHtml: true } },
    },
  });
  const response = await page.goto(`/questions/${question.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("group", { name: "選択肢" }).locator("input")).toHaveCount(question.choices.length);
  const html = await page.content();
  const explanation = question.texts[0]?.explanationHtml.replace(/<[^>]+>/g, "").slice(0, 40) ?? "";
  expect(explanation.length).toBeGreaterThan(10);
  expect(html).not.toContain(explanation);
  expect(html).not.toMatch(/isCorrect/);
});

test("an unknown question is a 404 page", async ({ page }) => {
  const response = await page.goto("/questions/zzz-9999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
});
