// The sandbox: a bank scenario's baseline only (no choices, no key), rules edited in the tables, a packet of your
// own, and the whole setup in the URL. Signed out on purpose: the sandbox reveals nothing, so anyone may use it.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page, type Route } from "@playwright/test";

const QUESTION = "saa-0001";

async function addRule(
  page: Page,
  table: string,
  rule: { direction: "インバウンド" | "アウトバウンド"; number?: string; proto: string; ports?: string },
) {
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

test("sandbox: edit the rule tables until HTTP gets through, fire a packet of your own, share the setup", async ({
  page,
}) => {
  const response = await page.goto(`/sandbox?scenario=${QUESTION}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "シミュレーター (サンドボックス)" })).toBeVisible();
  // The baseline only: no answer choices, no key.
  expect(await page.content()).not.toMatch(/addSgRule|addNaclRule|"key":/);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByTestId("flow-verdict")).toContainText("届きません");

  await addRule(page, "nacl:web-nacl", { direction: "インバウンド", number: "100", proto: "tcp", ports: "80" });
  await addRule(page, "nacl:web-nacl", {
    direction: "アウトバウンド",
    number: "100",
    proto: "tcp",
    ports: "1024-65535",
  });
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
  await page.getByRole("combobox", { name: /^通信/ }).selectOption({ index: 3 });
  await expect(page.getByTestId("flow-verdict")).toContainText("http (Linux): 届きます");
  const dir = path.join(import.meta.dirname, ".artifacts");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, "netsim-sandbox-ja.png"), fullPage: true });
});

test("sandbox: a bad link shows a message and the last valid setup, never an error page", async ({ page }) => {
  const response = await page.goto(
    `/sandbox?scenario=${QUESTION}&packet=client%3Eweb%3Atcp%2F99999&edits=%25%25broken`,
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "1〜65535" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "ルール編集を読み取れなかった" })).toBeVisible();
  await expect(page.getByTestId("flow-verdict")).toContainText("http (Linux)");
  await expect(page.getByTestId("flow-verdict")).not.toContainText("自分のパケット");
});

test("sandbox: each field says what is wrong beside it (port 0, abc, a bad CIDR, rule number 0)", async ({ page }) => {
  await page.goto(`/sandbox?scenario=${QUESTION}`);
  const fire = page.getByRole("form", { name: "パケットを送る" });
  await fire.getByLabel("送信元").selectOption("client");
  await fire.getByLabel("宛先").selectOption("web");
  await fire.getByLabel("サービス").selectOption("tcp");
  for (const bad of ["0", "abc", "99999"]) {
    await fire.getByLabel("ポート番号").fill(bad);
    await fire.getByRole("button", { name: "送信" }).click();
    await expect(fire.getByRole("alert")).toHaveText("ポートは 1〜65535 の数字で指定してください。");
    await expect(fire.getByLabel("ポート番号")).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page).not.toHaveURL(/packet=/);
  const section = page.getByTestId("table-nacl:web-nacl");
  await section.getByText("ルールを編集").click();
  const form = section.getByRole("form", { name: /ルールを追加/ });
  await form.getByLabel("ルール #").fill("0");
  await form.getByLabel("CIDR").fill("10.0.0.0/33");
  await form.getByRole("button", { name: "ルールを追加" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "1〜32766" })).toBeVisible();
  await expect(form.getByRole("alert").filter({ hasText: "CIDR ブロック" })).toBeVisible();
  await expect(page).not.toHaveURL(/edits=/);
});

test("sandbox in English: the list, the messages and the steps in English", async ({ page }) => {
  await page.context().addCookies([{ name: "kaisetsu-lang", value: "en", url: "http://127.0.0.1" }]);
  await page.goto(`/sandbox?scenario=${QUESTION}&packet=client%3Eweb%3Atcp%2F0`);
  await expect(page.getByRole("heading", { level: 1, name: "Simulator sandbox" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "port from 1 to 65535" })).toBeVisible();
  await page.getByRole("button", { name: "Last" }).click();
  // The sentences load on demand in English (a short loading text until then): read the caption once they are in.
  await expect(page.getByTestId("explain-pending")).toHaveCount(0);
  const caption = await page.getByTestId("step-caption").innerText();
  expect(caption).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]|\b[A-Z]+(?:_[A-Z]+)+\b/);
  const fire = page.getByRole("form", { name: "Fire a packet" });
  await fire.getByLabel("Service").selectOption("tcp");
  await fire.getByLabel("Port", { exact: true }).fill("abc");
  await fire.getByRole("button", { name: "Send" }).click();
  await expect(fire.getByRole("alert")).toHaveText("Give a port as a number from 1 to 65535.");
  const dir = path.join(import.meta.dirname, ".artifacts");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, "netsim-sandbox-en.png"), fullPage: true });
});

test("sandbox: edit routes, the internet gateway and public IPs, and add a host", async ({ page }) => {
  await page.goto(`/sandbox?scenario=${QUESTION}`);
  const editor = page.getByTestId("network-editor");
  await editor.getByText("ネットワークを編集").click();
  // Add a host: it becomes a sender and receiver of my packets.
  const host = editor.getByRole("form", { name: "ホストを追加" });
  await host.getByLabel("名前").fill("web");
  await host.getByRole("button", { name: "ホストを追加" }).click();
  await expect(host.getByRole("alert")).toContainText("すでにある名前は使えません");
  await host.getByLabel("名前").fill("app2");
  await host.getByLabel("プライベート IP (空欄で自動)").fill("10.0.1.50");
  await host.getByRole("button", { name: "ホストを追加" }).click();
  await expect(
    page.getByRole("form", { name: "パケットを送る" }).getByLabel("宛先").locator("option", { hasText: "app2" }),
  ).toHaveCount(1);
  // A public IP that is no address is refused beside its field; a good one is applied.
  const ip = editor.getByRole("form", { name: "パブリック IP" });
  await ip.getByLabel("ホスト").selectOption("app2");
  await ip.getByLabel("アドレス (空欄で削除)").fill("abc");
  await ip.getByRole("button", { name: "パブリック IP を設定" }).click();
  await expect(ip.getByRole("alert")).toHaveText("IPv4 アドレス (例: 10.0.1.20) を指定してください。");
  await ip.getByLabel("アドレス (空欄で削除)").fill("54.150.10.99");
  await ip.getByRole("button", { name: "パブリック IP を設定" }).click();
  // Remove the default route: the change is listed and in the URL.
  const route = editor.getByRole("form", { name: "ルート" });
  await route.getByLabel("ルートテーブル").selectOption("public-rt");
  await route.getByRole("button", { name: "ルートを削除" }).click();
  const changes = page.getByTestId("network-changes");
  await expect(changes).toContainText("ルートを削除: public-rt 0.0.0.0/0");
  await expect(changes).toContainText("パブリック IP: app2 54.150.10.99");
  // A second internet gateway is refused, with the reason in Japanese.
  const igw = editor.getByRole("form", { name: "インターネットゲートウェイ" });
  await igw.getByLabel("名前").fill("igw2");
  await igw.getByRole("button", { name: "アタッチ" }).click();
  await expect(changes.getByRole("alert")).toContainText(
    "1 つの VPC にアタッチできるインターネットゲートウェイは 1 つだけです",
  );
  await expect(page).toHaveURL(/edits=/);
  await page.reload();
  await expect(
    page.getByRole("form", { name: "パケットを送る" }).getByLabel("宛先").locator("option", { hasText: "app2" }),
  ).toHaveCount(1);
});

test("sandbox: an editor or the first send whose code cannot be loaded says so, and trying again loads it", async ({
  page,
}) => {
  await page.goto(`/sandbox?scenario=${QUESTION}`);
  await expect(page.getByTestId("flow-verdict")).toContainText("届きません");
  await expect(page.getByTestId("explain-pending")).toHaveCount(0);
  // Offline for the code the sandbox fetches on demand: every script requested from now on fails.
  const chunks = /\/_next\/static\/chunks\/.*\.js/;
  const offline = (route: Route) => route.abort("internetdisconnected");
  await page.route(chunks, offline);
  const fire = page.getByRole("form", { name: "パケットを送る" });
  await fire.getByLabel("送信元").selectOption("client");
  await fire.getByLabel("宛先").selectOption("web");
  await fire.getByLabel("サービス").selectOption("https");
  await fire.getByRole("button", { name: "送信" }).click();
  await expect(page.getByTestId("send-failed")).toHaveText(
    "送信に必要なコードを読み込めませんでした。もう一度送信してください。",
  );
  const section = page.getByTestId("table-nacl:web-nacl");
  await section.getByText("ルールを編集").click();
  await expect(section.getByTestId("editor-failed")).toContainText("編集フォームを読み込めませんでした。");
  await expect(page.getByTestId("flow-verdict")).toContainText("届きません");
  // Back online: the section's retry loads the editor, and sending again sends.
  await page.unroute(chunks, offline);
  await section.getByRole("button", { name: "もう一度読み込む" }).click();
  await expect(section.getByRole("form", { name: /ルールを追加/ })).toBeVisible();
  await fire.getByRole("button", { name: "送信" }).click();
  await expect(page.getByTestId("send-failed")).toHaveCount(0);
  await expect(page.getByTestId("flow-verdict")).toContainText("自分のパケット");
  await expect(page).toHaveURL(/packet=client%3Eweb%3Ahttps/);
});
