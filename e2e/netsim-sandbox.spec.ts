// The sandbox: a bank scenario's baseline only (no choices, no key), rules edited in the tables, a packet of your
// own, and the whole setup in the URL. Signed out on purpose: the sandbox reveals nothing, so anyone may use it.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const QUESTION = "saa-0001";

async function addRule(page: Page, table: string, rule: { direction: "インバウンド" | "アウトバウンド"; number?: string; proto: string; ports?: string }) {
  const section = page.getByTestId(`table-${table}`);
  const details = section.getByText("ルールを編集");
  if (!(await section.getByRole("button", { name: "ルールを追加" }).isVisible())) await details.click();
  const form = section.getByRole("form", { name: /ルールを追加/ });
  await form.getByLabel("向き").selectOption({ label: rule.direction });
  if (rule.number) await form.getByLabel("ルール #").fill(rule.number);
  await form.getByLabel("プロトコル").selectOption(rule.proto);
  if (rule.ports) await form.getByLabel("ポート", { exact: true }).fill(rule.ports);
  await form.getByRole("button", { name: "ルールを追加" }).click();
}

test("sandbox: edit the rule tables until HTTP gets through, fire a packet of your own, share the setup", async ({ page }) => {
  const response = await page.goto(`/sandbox?scenario=${QUESTION}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "シミュレーター (サンドボックス)" })).toBeVisible();
  // The baseline only: no answer choices, no key.
  expect(await page.content()).not.toMatch(/addSgRule|addNaclRule|"key":/);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByTestId("flow-verdict")).toContainText("届きません");

  await addRule(page, "nacl:web-nacl", { direction: "インバウンド", number: "100", proto: "tcp", ports: "80" });
  await addRule(page, "nacl:web-nacl", { direction: "アウトバウンド", number: "100", proto: "tcp", ports: "1024-65535" });
  await expect(page.getByTestId("flow-verdict")).toContainText("届きません");
  await addRule(page, "sg:web-sg", { direction: "インバウンド", proto: "tcp", ports: "80" });
  await expect(page.getByTestId("flow-verdict")).toContainText("http (Linux): 届きます");
  await expect(page).toHaveURL(/scenario=saa-0001.*edits=/);

  // A packet of my own: TCP 8080 is not allowed anywhere, so it stops at the NACL's inbound * rule.
  const fire = page.getByRole("form", { name: "パケットを送る" });
  await fire.getByLabel("送信元").selectOption("client");
  await fire.getByLabel("宛先").selectOption("web");
  await fire.getByLabel("サービス").selectOption("tcp");
  await fire.getByLabel("ポート番号").fill("8080");
  await fire.getByRole("button", { name: "送信" }).click();
  await expect(page.getByTestId("flow-verdict")).toContainText("自分のパケット");
  await expect(page.getByTestId("flow-verdict")).toContainText("届きません");
  await expect(page).toHaveURL(/packet=client%3Eweb%3Atcp%2F8080/);
  await page.getByRole("button", { name: "最後へ" }).click();
  await expect(page.getByTestId("step-caption")).toContainText("web-nacl");

  // The URL alone rebuilds the setup (as a forum card's link would).
  await page.reload();
  await expect(page.getByTestId("flow-verdict")).toContainText("自分のパケット");
  await page.getByLabel("通信").selectOption({ index: 3 });
  await expect(page.getByTestId("flow-verdict")).toContainText("http (Linux): 届きます");
  const dir = path.join(import.meta.dirname, ".artifacts");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, "netsim-sandbox-ja.png"), fullPage: true });
});
