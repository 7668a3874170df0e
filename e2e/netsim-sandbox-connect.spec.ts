// The sandbox builds a connected network by keyboard: from saa-5007's one VPC (a task in subnet `app`) it adds a
// second VPC, a transit gateway with both VPCs attached, the routes toward it, a host behind it and a gateway endpoint
// for S3, then fires packets and steps through the transit gateway's hop. A refused configuration (peering two
// overlapping VPCs) is explained beside its form, in Japanese; Escape closes the editor. Screenshots at 1280 and 390.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";

const QUESTION = "saa-5007";

async function snap(page: Page, name: string): Promise<void> {
  const dir = path.join(import.meta.dirname, ".artifacts");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Types into a field from the keyboard (focus, select all, type). */
async function type(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press("ControlOrMeta+a");
  await field.pressSequentially(text);
}

/** Whether the page scrolls sideways, and the elements reaching past the right edge of the viewport (named). */
async function overflowing(page: Page): Promise<{ scrolls: boolean; past: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element | null) =>
      el
        ? `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 30)}[${el.getAttribute("data-testid") ?? ""}]`
        : "";
    const past = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.children.length === 0)
      .map((el) => `${name(el.parentElement)} > ${name(el)} "${(el.textContent ?? "").slice(0, 30)}"`)
      .slice(0, 8);
    return { scrolls: document.documentElement.scrollWidth > width + 1, past };
  });
}

/** Opens a <details> section from the keyboard. */
async function open(summary: Locator): Promise<void> {
  await summary.focus();
  await summary.press("Enter");
}

test("sandbox: build two VPCs with a transit gateway and an S3 endpoint by keyboard, and follow the packet", async ({
  page,
}) => {
  await page.goto(`/sandbox?scenario=${QUESTION}`);
  const editor = page.getByTestId("network-editor");
  await open(editor.getByText("ネットワークを編集", { exact: true }));
  const connect = page.getByTestId("connect-editor");
  await open(connect.getByText("VPC の接続を編集", { exact: true }));

  // A second VPC (the suggested name and CIDR blocks), submitted with Enter.
  const vpcForm = connect.getByRole("form", { name: "VPC を追加", exact: true });
  await expect(vpcForm.getByLabel("VPC の CIDR")).toHaveValue("10.1.0.0/16");
  await vpcForm.getByLabel("VPC の名前").press("Enter");
  const changes = page.getByTestId("network-changes");
  await expect(changes).toContainText("VPC を追加: vpc2 10.1.0.0/16 vpc2-a 10.1.1.0/24");

  // A host in the new VPC, in the VPC's own security group.
  const host = editor.getByRole("form", { name: "ホストを追加", exact: true });
  await host.getByLabel("サブネット").selectOption("vpc2-a");
  await host.getByLabel("セキュリティグループ").selectOption("vpc2-sg");
  await host.getByLabel("待ち受けるサービス").selectOption("https");
  await type(host.getByLabel("名前"), "api");
  await host.getByLabel("名前").press("Enter");

  // The transit gateway, both VPCs attached, associated and propagated.
  const tgw = connect.getByRole("form", { name: "Transit Gateway を作成", exact: true });
  await type(tgw.getByLabel("Transit Gateway の名前"), "tgw");
  await type(tgw.getByLabel("ルートテーブルの名前"), "tgw-rt");
  await tgw.getByLabel("Transit Gateway の名前").press("Enter");
  const attach = connect.getByRole("form", { name: "VPC をアタッチ", exact: true });
  for (const [name, vpc] of [
    ["att-a", "vpc"],
    ["att-b", "vpc2"],
  ] as const) {
    await attach.getByLabel("VPC").selectOption(vpc);
    await type(attach.getByLabel("アタッチメントの名前"), name);
    await attach.getByLabel("アタッチメントの名前").press("Enter");
    await expect(changes).toContainText(`TGW アタッチメント: tgw ${name} ${vpc}`);
  }
  const link = connect.getByRole("form", { name: "Transit Gateway のルートテーブル", exact: true });
  for (const attachment of ["att-a", "att-b"]) {
    await link.getByLabel("アタッチメント").selectOption(attachment);
    await link.getByRole("button", { name: "関連付け" }).press("Enter");
    await link.getByRole("button", { name: "伝播を有効化" }).press("Enter");
  }
  await expect(changes).toContainText("TGW 伝播: tgw tgw-rt att-b");

  // The VPC route tables point at the transit gateway.
  const route = editor.getByRole("form", { name: "ルート", exact: true });
  for (const [table, to] of [
    ["main", "10.1.0.0/16"],
    ["vpc2-a-rt", "10.0.0.0/16"],
  ] as const) {
    await route.getByLabel("ルートテーブル").selectOption(table);
    await type(route.getByLabel("宛先 (CIDR)"), to);
    await route.getByLabel("ターゲット").selectOption("tgw");
    await route.getByLabel("宛先 (CIDR)").press("Enter");
    await expect(changes).toContainText(`ルートを追加: ${table} ${to} tgw`);
  }

  // A gateway endpoint for S3 in the first VPC's main route table.
  const endpoint = connect.getByRole("form", { name: "エンドポイントを作成", exact: true });
  await endpoint.getByLabel("ルートテーブル (ゲートウェイ型)").selectOption("main");
  await endpoint.getByLabel("エンドポイントの名前").press("Enter");
  await expect(changes).toContainText("エンドポイントを作成: vpce-2 gateway s3 vpc main");
  await expect(changes.getByRole("alert")).toHaveCount(0);

  // The new VPC's group lets HTTPS in from the first VPC (the rule table editor under the player).
  const table = page.getByTestId("table-sg:vpc2-sg");
  await open(table.getByText("ルールを編集"));
  const rule = table.getByRole("form", { name: /ルールを追加/ });
  await type(rule.getByLabel("ポート", { exact: true }), "443");
  await type(rule.getByLabel("CIDR"), "10.0.0.0/16");
  await rule.getByLabel("CIDR").press("Enter");

  // Packets: task → api through the transit gateway, task → S3 through the endpoint.
  const fire = page.getByRole("form", { name: "パケットを送る" });
  await fire.getByLabel("送信元").selectOption("task");
  await fire.getByLabel("宛先").selectOption("api");
  await fire.getByLabel("サービス").selectOption("https");
  await fire.getByRole("button", { name: "送信" }).press("Enter");
  await expect(page.getByTestId("flow-verdict")).toContainText("自分のパケット");
  await expect(page.getByTestId("flow-verdict")).toContainText("届きます");
  const caption = page.getByTestId("step-caption");
  const captions: string[] = [];
  for (let i = 0; i < 30 && !/Transit Gateway tgw がルートテーブル tgw-rt/.test(captions.at(-1) ?? ""); i++) {
    const before = await caption.innerText();
    captions.push(before);
    await page.getByRole("button", { name: "次へ", exact: true }).click();
    await expect(caption).not.toHaveText(before);
    captions.push(await caption.innerText());
  }
  expect(captions.at(-1)).toMatch(/アタッチメント att-b へ転送します/);
  await expect(page.getByTestId("topology")).toContainText("vpc2");
  await expect(page).toHaveURL(/edits=/);
  await snap(page, "netsim-sandbox-connect-ja-1280");
  await page
    .getByTestId("diagram-box")
    .screenshot({ path: path.join(import.meta.dirname, ".artifacts", "netsim-sandbox-connect-ja-1280-diagram.png") });
  await connect.screenshot({
    path: path.join(import.meta.dirname, ".artifacts", "netsim-sandbox-connect-ja-1280-editor.png"),
  });

  await fire.getByLabel("宛先").selectOption("s3");
  await fire.getByRole("button", { name: "送信" }).press("Enter");
  await expect(page.getByTestId("flow-verdict")).toContainText("届きます");

  // The whole setup survives a reload from the URL.
  await page.reload();
  await expect(page.getByTestId("flow-verdict")).toContainText("届きます");
  await open(page.getByTestId("network-editor").getByText("ネットワークを編集", { exact: true }));
  await expect(page.getByTestId("network-changes")).toContainText("Transit Gateway を作成: tgw tgw-rt");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await overflowing(page)).toEqual({ scrolls: false, past: [] });
  await snap(page, "netsim-sandbox-connect-ja-390");
  await page
    .getByTestId("diagram-box")
    .screenshot({ path: path.join(import.meta.dirname, ".artifacts", "netsim-sandbox-connect-ja-390-diagram.png") });
});

test("sandbox: peering two overlapping VPCs is refused beside the form, in the reader's language; Escape closes", async ({
  page,
}) => {
  for (const lang of ["ja", "en"] as const) {
    await page.context().addCookies([{ name: "kaisetsu-lang", value: lang, url: "http://127.0.0.1" }]);
    await page.goto(`/sandbox?scenario=${QUESTION}`);
    const ja = lang === "ja";
    const editor = page.getByTestId("network-editor");
    await open(editor.getByText(ja ? "ネットワークを編集" : "Edit the network", { exact: true }));
    const connect = page.getByTestId("connect-editor");
    const summary = connect.getByText(ja ? "VPC の接続を編集" : "Connect VPCs", { exact: true });
    await open(summary);
    const vpcForm = connect.getByRole("form", { name: ja ? "VPC を追加" : "Add a VPC", exact: true });
    // A subnet outside its VPC is refused beside the form.
    await type(vpcForm.getByLabel(ja ? "サブネットの CIDR" : "Subnet CIDR"), "10.9.1.0/24");
    await vpcForm.getByLabel(ja ? "VPC の名前" : "VPC name").press("Enter");
    await expect(vpcForm.getByRole("alert")).toContainText(
      ja ? "サブネットの CIDR ブロックは VPC の CIDR ブロックの中に" : "must lie inside its VPC's CIDR block",
    );
    await page
      .getByTestId("network-changes")
      .getByRole("button", { name: ja ? "取り消す" : "Undo" })
      .click();
    // A VPC overlapping the first one can exist, but cannot be peered with it.
    await type(vpcForm.getByLabel(ja ? "VPC の CIDR" : "VPC CIDR"), "10.0.0.0/16");
    await type(vpcForm.getByLabel(ja ? "サブネットの CIDR" : "Subnet CIDR"), "10.0.1.0/24");
    await vpcForm.getByLabel(ja ? "VPC の名前" : "VPC name").press("Enter");
    await expect(page.getByTestId("network-changes").getByRole("alert")).toHaveCount(0);
    const peering = connect.getByRole("form", { name: ja ? "VPC ピアリング" : "VPC peering", exact: true });
    await peering.getByLabel(ja ? "接続の名前" : "Connection name").press("Enter");
    await expect(peering.getByRole("alert")).toContainText(
      ja ? "CIDR ブロックが重なる VPC どうしはピアリング接続できません" : "overlapping CIDR blocks cannot be peered",
    );
    const endpointName = connect.getByLabel(ja ? "エンドポイントの名前" : "Endpoint name");
    await endpointName.focus();
    await endpointName.press("Escape");
    await expect(summary).toBeFocused();
    await expect(connect.getByRole("form")).toHaveCount(0);
    if (!ja) {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(summary);
      await expect(peering).toBeVisible();
      expect(await overflowing(page)).toEqual({ scrolls: false, past: [] });
      await snap(page, "netsim-sandbox-connect-en-390");
      await connect.screenshot({
        path: path.join(import.meta.dirname, ".artifacts", "netsim-sandbox-connect-en-390-editor.png"),
      });
    }
  }
});
