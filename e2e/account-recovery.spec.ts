// Accounts people can recover: password reset and change through the real pages, the mail read from the local SMTP
// server that the e2e setup started, the database checked after each step.
import { expect, test } from "@playwright/test";
import { mailLink, nextMail, signIn, signOut, signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";

test.describe("account recovery", () => {
  test("a broken confirmation link says so and leads on to resending the mail", async ({ page }) => {
    await page.goto("/verify-email?token=abc");
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "リンクが正しくありません。メールに書かれたリンクをそのまま開いてください。" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "確認メールを再送する(プロフィール)" }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprofile/);
  });

  test("a forgotten password is reset through the mailed link, which signs in and ends other sessions", async ({
    page,
    browser,
  }) => {
    const user = await signUpAndSignIn(page);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, user);
    await signOut(page);

    await page.goto("/signin");
    await page.getByRole("link", { name: "パスワードをお忘れですか?" }).click();
    await expect(page.getByRole("heading", { name: "パスワードの再設定" })).toBeVisible();
    await page.getByLabel("メールアドレス").fill(user.email);
    await page.getByRole("button", { name: "再設定リンクを送信" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${user.email} が登録されている場合は` })).toBeVisible();

    const mail = await nextMail(user.email, 1);
    expect(mail.subject).toBe("【Kaisetsu】パスワードの再設定");
    await page.goto(mailLink(mail, "/reset-password"));
    await page.getByLabel("新しいパスワード", { exact: true }).fill("short");
    await page.getByRole("button", { name: "パスワードを設定してログイン" }).click();
    await expect(page.getByText("パスワードは 12 文字以上にしてください。")).toBeVisible();
    await page.getByLabel("新しいパスワード", { exact: true }).fill("a brand new reset passphrase");
    await page.getByRole("button", { name: "パスワードを設定してログイン" }).click();
    await expect(page.getByRole("heading", { name: "プロフィール" })).toBeVisible();
    await expect(page.getByRole("button", { name: "ログアウト", exact: true })).toBeVisible();

    // The other browser's session ended with the reset.
    await otherPage.reload();
    await expect(otherPage.getByRole("link", { name: "ログイン" })).toBeVisible();
    await other.close();

    // The link works once.
    await signOut(page);
    await page.goto(mailLink(mail, "/reset-password"));
    await page.getByLabel("新しいパスワード", { exact: true }).fill("yet another passphrase!");
    await page.getByRole("button", { name: "パスワードを設定してログイン" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "このリンクは無効か、有効期限が切れています。",
    );
    await signIn(page, { email: user.email, password: "a brand new reset passphrase" });
  });

  test("an unknown address gets the same answer and no mail", async ({ page }) => {
    const email = `nobody-${Date.now()}@example.test`;
    await page.goto("/forgot-password");
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByRole("button", { name: "再設定リンクを送信" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${email} が登録されている場合は` })).toBeVisible();
    await expect(nextMail(email)).rejects.toThrow(/No mail/);
  });

  test("the profile changes the password (the current one is checked) and shows the confirmed address, in English too", async ({
    page,
  }) => {
    const user = await signUpAndSignIn(page);
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerified: true } });
    expect(row.emailVerified).not.toBeNull();
    await page.goto("/profile");
    await expect(page.getByText("確認済み")).toBeVisible();
    await page.getByLabel("現在のパスワード").fill("not my password");
    await page.getByLabel("新しいパスワード", { exact: true }).fill("a changed passphrase!");
    await page.getByRole("button", { name: "パスワードを変更" }).click();
    await expect(page.getByText("現在のパスワードが正しくありません。").first()).toBeVisible();

    await page.getByLabel("現在のパスワード").fill(user.password);
    await page.getByLabel("新しいパスワード", { exact: true }).fill("a changed passphrase!");
    await page.getByRole("button", { name: "パスワードを変更" }).click();
    await expect(page.getByText("パスワードを変更しました。ほかの端末のログインは無効になりました。")).toBeVisible();
    expect((await nextMail(user.email, 1)).subject).toBe("【Kaisetsu】パスワードが変更されました");
    await signOut(page);
    await signIn(page, { email: user.email, password: "a changed passphrase!" });

    await page.context().addCookies([{ name: "kaisetsu-lang", value: "en", url: page.url() }]);
    await page.goto("/profile");
    await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
    await expect(page.getByText("Confirmed")).toBeVisible();
  });
});
