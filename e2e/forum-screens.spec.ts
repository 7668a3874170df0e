import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";

/** WCAG contrast ratio of two computed `rgb(r, g, b)` colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// Screenshots of the account and forum screens in both languages, at the project's width (desktop and phone), for a
// person to look at (e2e/.artifacts/ is git-ignored). Each also checks the screen fits the width.
test.describe("account and forum screens @phone", () => {
  test("sign-in, sign-up, profile, a thread and recent activity", async ({ page }, testInfo) => {
    mkdirSync("e2e/.artifacts", { recursive: true });
    const question = await testDb().question.findFirstOrThrow({
      where: { retiredAt: null, thread: null },
      orderBy: { id: "asc" },
      skip: 5,
      select: { id: true },
    });
    const shot = async (name: string) => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `e2e/.artifacts/forum-${testInfo.project.name}-${name}.png`, fullPage: true });
    };
    for (const lang of ["ja", "en"] as const) {
      await page
        .context()
        .addCookies([{ name: "kaisetsu-lang", value: lang, url: test.info().project.use.baseURL ?? "" }]);
      await page.context().clearCookies({ name: /authjs/ });
      await page.goto("/signin");
      await shot(`${lang}-signin`);
      await page.goto("/signup");
      await page.getByRole("button", { name: lang === "ja" ? "アカウントを作成" : "Create account" }).click();
      await expect(page.locator(".field-error").first()).toBeVisible();
      await shot(`${lang}-signup-errors`);
      const user = await signUpAndSignIn(page, { name: lang === "ja" ? "ネットワーク花子" : "Packet Pat" });
      await page.goto("/profile");
      // On a phone each fact's value sits under its label (beside a long label it was squeezed to a sliver).
      const factX = async (tag: "dt" | "dd") => (await page.locator(`dl ${tag}`).first().boundingBox())?.x ?? NaN;
      if (testInfo.project.name === "phone") expect(await factX("dd")).toBe(await factX("dt"));
      else expect(await factX("dd")).toBeGreaterThan(await factX("dt"));
      await shot(`${lang}-profile`);
      // The danger button stays readable in dark mode (white on its light red was 2.4:1).
      await page.emulateMedia({ colorScheme: "dark" });
      const danger = page.getByRole("button", {
        name: lang === "ja" ? "すべての端末からログアウト" : "Sign out everywhere",
      });
      const [fg, bg] = await danger.evaluate((el) => [
        getComputedStyle(el).color,
        getComputedStyle(el).backgroundColor,
      ]);
      expect(contrastRatio(fg ?? "", bg ?? ""), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(`/questions/${question.id}/forum`);
      const label = lang === "ja" ? "質問・回答を投稿 (Markdown が使えます)" : "Ask or answer (Markdown works)";
      await page
        .getByLabel(label)
        .fill(
          lang === "ja"
            ? `NACL のアウトバウンドが **all** なのはなぜ?\n\n\`0.0.0.0/0\` への戻りは [シミュレーター](/questions/${question.id}/simulate?choices=A,C&os=linux&step=4) で確認できます。`
            : `Why is the NACL outbound rule **all**? See the [replay](/questions/${question.id}/simulate?choices=B&os=windows&step=2).`,
        );
      await page.getByRole("button", { name: lang === "ja" ? "投稿する" : "Post" }).click();
      await expect(page.getByRole("complementary").last()).toBeVisible();
      await shot(`${lang}-thread`);
      await page.emulateMedia({ colorScheme: "dark" });
      await shot(`${lang}-thread-dark`);
      await page.emulateMedia({ colorScheme: "light" });
      // The same thread through a moderator's eyes, with the post hidden.
      await testDb().user.update({ where: { id: user.id }, data: { role: "MODERATOR" } });
      await page.reload();
      await page
        .getByRole("button", { name: lang === "ja" ? "非表示にする" : "Hide" })
        .first()
        .click();
      await expect(
        page
          .getByText(
            lang === "ja" ? "非表示中 (モデレーターにだけ表示されています)" : "Hidden (shown to moderators only)",
          )
          .first(),
      ).toBeVisible();
      await shot(`${lang}-thread-moderator`);
      await page.goto(`/questions/${question.id}`);
      await shot(`${lang}-question`);
      await page.goto("/forum");
      await shot(`${lang}-recent`);
    }
  });
});
