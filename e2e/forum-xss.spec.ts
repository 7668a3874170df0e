import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { xssPayloads } from "./fixtures/xss-payloads";

// Every known payload posted through the real form: nothing runs in Chromium (no dialog, no window.__xss, no CSP
// violation), and the stored HTML keeps no script, handler or unsafe URL. The stored-HTML check per payload is in
// tests/integration/forum-xss.test.ts; this is the browser's view of the same list.
test("posted XSS payloads neither execute nor survive", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(event.violatedDirective);
    });
  });
  const question = await testDb().question.findFirstOrThrow({
    where: { retiredAt: null, thread: null },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const user = await signUpAndSignIn(page);
  await page.goto(`/questions/${question.id}/forum`);

  // Seven payloads per post (a blank line apart), so the posting limit (10 per 10 minutes) is not in the way.
  const groups = [xssPayloads.slice(0, 7), xssPayloads.slice(7, 14), xssPayloads.slice(14)];
  for (const [index, group] of groups.entries()) {
    const body = `payload group ${index + 1}\n\n${group.map((payload) => payload.markdown).join("\n\n")}`;
    await page.getByLabel("質問・回答を投稿 (Markdown が使えます)").fill(body);
    await page.getByRole("button", { name: "投稿する" }).click();
    await expect(page.getByText(`payload group ${index + 1}`)).toBeVisible();
    // The composer empties itself once the post is in: only then is it ready for the next one.
    await expect(page.getByLabel("質問・回答を投稿 (Markdown が使えます)")).toHaveValue("");
  }

  const posts = await testDb().post.findMany({ where: { authorId: user.id }, select: { bodyHtml: true } });
  expect(posts).toHaveLength(3);
  for (const { bodyHtml } of posts) {
    expect(bodyHtml).not.toMatch(/<(script|svg|math|style|iframe|object|form|base|meta)\b/i);
    expect(bodyHtml).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(bodyHtml).not.toMatch(/<[^>]+(href|src)="\s*(javascript|vbscript|data):/i);
    expect(bodyHtml).not.toMatch(/<[^>]+\sstyle=/i);
  }

  await page.reload();
  const bodies = page.getByTestId("forum-post");
  await expect(bodies).toHaveCount(3);
  const findings = await page.evaluate(() => {
    const posts = [...document.querySelectorAll('[data-testid="forum-post"]')];
    const elements = posts.flatMap((post) => [...post.querySelectorAll("*")]);
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      csp: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      dangerousTags: elements
        .filter((element) => /^(script|svg|math|style|iframe|object|embed|base|meta)$/i.test(element.localName))
        .map((element) => element.localName),
      handlers: elements.flatMap((element) =>
        element.getAttributeNames().filter((name) => name.startsWith("on") || name === "style" || name === "srcdoc"),
      ),
      unsafeUrls: elements
        .flatMap((element) =>
          ["href", "src", "action", "formaction"].map((name) => (element as HTMLAnchorElement)[name as "href"] ?? null),
        )
        .filter((url): url is string => typeof url === "string" && url !== "" && !/^(https?|mailto):/i.test(url)),
    };
  });
  expect(findings).toEqual({ xss: null, csp: [], dangerousTags: [], handlers: [], unsafeUrls: [] });

  // Every link left in the posts points somewhere harmless.
  const links = page.getByTestId("forum-post").locator(".prose a");
  for (let index = 0; index < (await links.count()); index += 1) {
    const href = await links.nth(index).getAttribute("href");
    expect(href === null || /^(https?:|mailto:|\/|#)/i.test(href)).toBe(true);
  }
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
});
