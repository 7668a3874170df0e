// Screenshots of the shared screens at desktop and phone widths in both languages, kept as test artifacts
// (e2e/.artifacts/) for a person to look at. Each also asserts the page rendered its main heading.
import { expect, test } from "@playwright/test";
import { testDb } from "./fixtures/db";

for (const lang of ["ja", "en"] as const) {
  test.describe(`screens in ${lang} @phone`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([{ name: "kaisetsu-lang", value: lang, url: baseURL ?? "http://127.0.0.1" }]);
    });

    test("home", async ({ page }, testInfo) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang === "ja" ? "問題集" : "Question banks");
      await page.screenshot({ path: `e2e/.artifacts/home-${lang}-${testInfo.project.name}.png`, fullPage: true });
    });

    test("question", async ({ page }, testInfo) => {
      const question = await testDb().question.findFirstOrThrow({ where: { id: "saa-0001" }, select: { id: true } });
      await page.goto(`/questions/${question.id}`);
      await expect(page.getByRole("group", { name: lang === "ja" ? "選択肢" : "Choices" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        lang === "ja" ? "問題 ID: saa-0001" : "Question ID: saa-0001",
      );
      await page.screenshot({ path: `e2e/.artifacts/question-${lang}-${testInfo.project.name}.png`, fullPage: true });
    });
  });
}
