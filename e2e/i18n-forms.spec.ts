// The profile's forms and the exam setup read their texts from small namespaces (useMessages): after switching the
// language in the header, every label, hint and button of those client forms follows, with no leftover Japanese.
// Screenshots in both languages go to e2e/.artifacts/ for a person to look at.
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { snap } from "./quiz-helpers";

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

test("the profile's forms and the exam setup follow the language switch @phone", async ({ page }, testInfo) => {
  await signUpAndSignIn(page);
  await page.goto("/profile");
  await expect(page.getByLabel("表示名")).toBeVisible();
  await expect(page.getByLabel("新しいパスワード")).toBeVisible();
  await expect(page.getByText("12 文字以上", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "すべての端末からログアウト" })).toBeVisible();
  await snap(page, `i18n-profile-ja-${testInfo.project.name}`);

  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Display name")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
  await expect(page.getByLabel("Current password")).toBeVisible();
  await expect(page.getByLabel("New password")).toBeVisible();
  await expect(page.getByText("At least 12 characters", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Change password" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
  for (const form of await page.locator("main form").all()) expect(await form.innerText()).not.toMatch(japanese);
  await snap(page, `i18n-profile-en-${testInfo.project.name}`);

  await page.goto("/exam");
  await expect(page.getByLabel("Question bank")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the exam" })).toBeVisible();
  const setup = page.locator("main form");
  expect(await setup.innerText()).not.toMatch(/\{\w+\}/);
  await snap(page, `i18n-exam-en-${testInfo.project.name}`);

  await page.getByRole("button", { name: /日本語/ }).click();
  await expect(page.getByLabel("問題集")).toBeVisible();
  await expect(page.getByRole("button", { name: "試験を開始する" })).toBeVisible();
  await snap(page, `i18n-exam-ja-${testInfo.project.name}`);
});
