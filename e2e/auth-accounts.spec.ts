import { expect, test } from "@playwright/test";
import { nextMail, signIn, signOut, signUpAndSignIn, uniqueUser } from "./fixtures/auth";
import { testDb } from "./fixtures/db";

test.describe("accounts @phone", () => {
  test("sign up, sign out (the session row is deleted), sign in again, rename in the profile", async ({ page }) => {
    const user = await signUpAndSignIn(page);
    const row = await testDb().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { name: true, role: true, passwordHash: true },
    });
    expect(row.name).toBe(user.name);
    expect(row.role).toBe("USER");
    expect(row.passwordHash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
    expect(row.passwordHash).not.toContain(user.password);
    expect(await testDb().session.count({ where: { userId: user.id } })).toBe(1);
    await expect(page.getByRole("link", { name: user.name })).toBeVisible();

    await signOut(page);
    expect(await testDb().session.count({ where: { userId: user.id } })).toBe(0);

    await signIn(page, user);
    expect(await testDb().session.count({ where: { userId: user.id } })).toBe(1);
    await page.getByRole("link", { name: user.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: "プロフィール" })).toBeVisible();
    await page.getByLabel("表示名").fill("ネットワーク太郎");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status")).toHaveText("表示名を保存しました。");
    await expect
      .poll(
        async () => (await testDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name,
      )
      .toBe("ネットワーク太郎");
  });

  test("a wrong password and invalid fields are refused with messages beside the form", async ({ page }) => {
    const user = await signUpAndSignIn(page);
    await signOut(page);
    await page.goto("/signin");
    await page.getByLabel("メールアドレス").fill(user.email);
    await page.getByLabel("パスワード").fill("not-the-password");
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "メールアドレスまたはパスワードが正しくありません。",
    );
    await expect(page.getByLabel("メールアドレス")).toHaveValue(user.email);

    await page.goto("/signup");
    await page.getByLabel("表示名").fill("x");
    await page.getByLabel("メールアドレス").fill("not-an-email");
    await page.getByLabel("パスワード").fill("short");
    await page.getByRole("button", { name: "アカウントを作成" }).click();
    await expect(page.getByText("メールアドレスの形式が正しくありません。")).toBeVisible();
    await expect(page.getByText("パスワードは 12 文字以上にしてください。")).toBeVisible();
    await expect(page.getByLabel("パスワード")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("メールアドレス").fill(user.email);
    await page.getByLabel("パスワード").fill("long-enough-password");
    await page.getByRole("button", { name: "アカウントを作成" }).click();
    // A registered address gets the same answer as a new one; the mailbox is told what happened.
    await expect(page.getByRole("status")).toContainText(`${user.email} にメールを送信しました。`);
    expect((await nextMail(user.email, 1)).subject).toBe("【Kaisetsu】アカウント作成のお申し込みについて");
    expect(await testDb().user.count({ where: { email: user.email } })).toBe(1);
  });

  test("sign-in attempts are rate-limited per address and client IP (the socket's, whatever X-Forwarded-For says)", async ({
    page,
  }) => {
    const user = uniqueUser();
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "10.1.2.3" });
    const key = `signin:account-ip:${user.email}:127.0.0.1`;
    await page.goto("/signin");
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      // A client rotating X-Forwarded-For still counts against the one address it connects from.
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.1.2.${attempt}` });
      await page.getByLabel("パスワード").fill(`wrong-${attempt}`);
      await page.getByLabel("メールアドレス").fill(user.email);
      await page.getByRole("button", { name: "ログイン" }).click();
      await expect.poll(async () => (await testDb().rateLimit.findUnique({ where: { key } }))?.count).toBe(attempt);
      // The form clears the password when the refusal comes back: only then is this attempt over.
      await expect(page.getByLabel("パスワード")).toHaveValue("");
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(
        "メールアドレスまたはパスワードが正しくありません。",
      );
    }
    await page.getByLabel("パスワード").fill("wrong-11");
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/ログインの試行が多すぎます/);
    const limit = await testDb().rateLimit.findUniqueOrThrow({ where: { key } });
    expect(limit.count).toBe(11);
    // The per-IP counter is the socket's too: the forged addresses were never counted (nor could they dodge it).
    expect(await testDb().rateLimit.count({ where: { key: { startsWith: "signin:ip:10.1.2." } } })).toBe(0);
    expect(
      (await testDb().rateLimit.findUniqueOrThrow({ where: { key: "signin:ip:127.0.0.1" } })).count,
    ).toBeGreaterThanOrEqual(11);
  });

  test("the profile needs a session; signing in returns there", async ({ page }) => {
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprofile/);
    await expect(page.getByRole("heading", { level: 1, name: "ログイン" })).toBeVisible();
  });
});
