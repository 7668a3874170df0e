// The full player on a connected question (saa-5023: three VPCs and a transit gateway): the drawing shows each VPC and
// the transit gateway, the packet steps through the transit gateway's hop, in Japanese and English, at desktop and
// phone width, without horizontal scrolling on the phone. Screenshots go to e2e/.artifacts/.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { gradedPractice } from "./fixtures/db";

const QUESTION = "saa-5023";

async function snap(page: Page, name: string): Promise<void> {
  const dir = path.join(import.meta.dirname, ".artifacts");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Steps forward until the caption names the transit gateway's hop; returns the captions seen. */
async function stepToTransitGateway(page: Page, next: string, hop: RegExp): Promise<string[]> {
  const caption = page.getByTestId("step-caption");
  // The captions' sentences load on demand: compare captions once they are in.
  await expect(page.getByTestId("explain-pending")).toHaveCount(0);
  const seen = [await caption.innerText()];
  for (let i = 0; i < 40 && !hop.test(seen.at(-1) ?? ""); i++) {
    await page.getByRole("button", { name: next, exact: true }).click();
    await expect(caption).not.toHaveText(seen.at(-1) ?? "");
    seen.push(await caption.innerText());
  }
  return seen;
}

async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

test("the player draws a connected question and steps through the transit gateway (ja, en; desktop, phone)", async ({
  page,
}) => {
  const user = await signUpAndSignIn(page);
  await gradedPractice(user.id, QUESTION);
  for (const lang of ["ja", "en"] as const) {
    await page.context().addCookies([{ name: "kaisetsu-lang", value: lang, domain: "127.0.0.1", path: "/" }]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      const response = await page.goto(`/questions/${QUESTION}/simulate?choices=B,E&os=linux`);
      expect(response?.status()).toBe(200);
      const diagram = page.getByTestId("topology");
      await expect(diagram).toBeVisible();
      for (const name of ["vpc-a", "vpc-b", "vpc-c", "tgw"]) await expect(diagram).toContainText(name);
      await expect(page.getByTestId("flow-verdict")).toContainText(lang === "ja" ? "届きます" : "delivered");
      const next = lang === "ja" ? "次へ" : "Next";
      const hop = lang === "ja" ? /Transit Gateway tgw がルートテーブル tgw-default/ : /Transit gateway tgw/i;
      const captions = await stepToTransitGateway(page, next, hop);
      expect(captions.at(-1)).toMatch(hop);
      expect(captions.length).toBeGreaterThan(2);
      // The packet is drawn at the hop the caption describes.
      await expect(page.getByTestId("topology").locator("[data-outcome]")).toHaveCount(1);
      if (width < 500) expect(await hasNoHorizontalScroll(page)).toBe(true);
      await snap(page, `netsim-connected-${lang}-${width}`);
      await page.getByTestId("diagram-box").screenshot({
        path: path.join(import.meta.dirname, ".artifacts", `netsim-connected-${lang}-${width}-diagram.png`),
      });
    }
  }
});
