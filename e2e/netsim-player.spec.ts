// The step-through player on the seed-question equivalent (saa-0001: web server, new security group, empty custom
// NACL; key A, C, F; D is the "security group deny" choice). Screenshots go to e2e/.artifacts/ (git-ignored).
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { gradedPractice, testDb } from "./fixtures/db";

const QUESTION = "saa-0001";

async function snap(page: Page, name: string): Promise<void> {
  const dir = path.join(import.meta.dirname, ".artifacts");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

async function setLanguage(page: Page, lang: "ja" | "en"): Promise<void> {
  await page
    .context()
    .addCookies([
      { name: "kaisetsu-lang", value: lang, url: page.url().startsWith("http") ? page.url() : "http://127.0.0.1" },
    ]);
}

const player = (page: Page) => page.getByTestId("netsim-player");
const position = (page: Page) => page.getByTestId("step-position");

test.describe("simulator player", () => {
  test("is locked until the viewer's own answer is graded, and while the question is in their running exam", async ({
    page,
  }) => {
    const user = await signUpAndSignIn(page);
    const response = await page.goto(`/questions/${QUESTION}/simulate?choices=A,C,F`);
    expect(response?.status()).toBe(200);
    await expect(
      page.getByRole("heading", { level: 1, name: `${QUESTION} のシミュレーションはまだ見られません` }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "この問題を練習する" })).toHaveAttribute(
      "href",
      `/questions/${QUESTION}`,
    );
    const html = await page.content();
    expect(html).not.toMatch(/addNaclRule|addSgRule|web-nacl/);

    // Graded in practice, but sitting in a mock exam still running: still locked.
    await gradedPractice(user.id, QUESTION, ["A", "B", "C"]);
    const { examId } = await testDb().question.findUniqueOrThrow({ where: { id: QUESTION }, select: { examId: true } });
    const exam = await testDb().attempt.create({
      data: {
        userId: user.id,
        examId,
        mode: "EXAM",
        status: "IN_PROGRESS",
        options: {},
        deadlineAt: new Date(Date.now() + 3_600_000),
        items: { create: [{ position: 0, questionId: QUESTION, selected: [] }] },
      },
      select: { id: true },
    });
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: /まだ見られません/ })).toBeVisible();
    expect(await page.content()).not.toMatch(/addNaclRule|web-nacl/);

    await testDb().attempt.update({ where: { id: exam.id }, data: { status: "SUBMITTED", finishedAt: new Date() } });
    await page.reload();
    await expect(player(page)).toBeVisible();
    // The key never leaves the server, even once the player is open.
    expect(await page.content()).not.toMatch(/"key":\s*\[/);
  });

  test("drop at the NACL outbound * rule, delivery with the key, an insufficient choice explained, URL state, keyboard", async ({
    page,
  }) => {
    const user = await signUpAndSignIn(page);
    await gradedPractice(user.id, QUESTION, ["A", "B", "C"]);
    await page.goto(`/questions/${QUESTION}/simulate?os=linux`);
    await expect(page.getByRole("heading", { level: 1, name: `${QUESTION} のシミュレーション` })).toBeVisible();

    // Baseline: the request dies at the NACL's inbound * rule, so there is no response at all.
    await expect(page.getByTestId("flow-verdict")).toContainText("届きません");
    await page.getByRole("button", { name: "最後へ" }).click();
    await expect(page.getByTestId("step-caption")).toContainText("ネットワーク ACL");
    await expect(page.getByTestId("step-caption")).toContainText("拒否");
    await expect(page.getByText("リクエストが届かなかったため、応答は送られません。")).toBeVisible();
    const nacl = page.getByTestId("table-nacl:web-nacl");
    await expect(
      nacl.getByRole("table", { name: "インバウンド" }).getByRole("row", { name: /このステップで一致/ }),
    ).toContainText("DENY");

    // The two request-side choices: the request arrives, the response is dropped at NACL outbound *.
    await page.getByRole("checkbox", { name: /選択肢 A/ }).check();
    await page.getByRole("checkbox", { name: /選択肢 C/ }).check();
    // A what-if switch replays at once and lands where the packet now ends.
    await expect(page).toHaveURL(/choices=A,C&os=linux/);
    const caption = page.getByTestId("step-caption");
    await expect(caption).toContainText("応答");
    await expect(caption).toContainText("web-nacl");
    await expect(caption).toContainText("拒否");
    await expect(caption).toHaveAttribute("data-outcome", "dropped");
    const matched = nacl
      .getByRole("table", { name: "アウトバウンド" })
      .getByRole("row", { name: /このステップで一致/ });
    await expect(matched).toContainText("*");
    await expect(matched).toContainText("DENY");
    await expect(page.getByTestId("verdict-A")).toContainText("必要");
    await expect(page).toHaveURL(/step=9/);
    await snap(page, "netsim-drop-ja");

    // The third correct choice: delivered, response included.
    await page.getByRole("checkbox", { name: /選択肢 F/ }).check();
    await expect(page.getByTestId("flow-verdict")).toContainText("届きます");
    await expect(position(page)).toHaveText("ステップ 12 / 12");
    await expect(caption).toContainText("応答");
    await expect(caption).toHaveAttribute("data-outcome", "delivered");
    await expect(page.getByTestId("goal-status")).toContainText("すべての目的の通信が届き");
    await snap(page, "netsim-delivered-ja");
    // The rule column says the configuration's words in Japanese too (a security group rule: 送信元, not "from").
    const ruleLines = page.getByText(/^一致したルール:/);
    await expect(ruleLines.filter({ hasText: "送信元" })).not.toHaveCount(0);
    await expect(ruleLines.filter({ hasText: / from | to / })).toHaveCount(0);

    // D (a NACL inbound rule for the response side only) is not enough on its own: unnecessary, and the verdict says why.
    await page.getByRole("checkbox", { name: /選択肢 D/ }).check();
    await expect(page.getByTestId("verdict-D")).toContainText("不要");
    // The learner's language only: no reason code, row id or English sentence in the verdict or the steps.
    await expect(page.getByTestId("verdict-D")).toContainText("ネットワーク ACL はステートレス");
    const shown = [
      await page.getByTestId("verdict-D").innerText(),
      await caption.innerText(),
      await page.getByRole("heading", { name: "イベント一覧" }).locator("..").innerText(),
    ].join("\n");
    expect(shown).not.toMatch(
      /\b[A-Z]+(?:_[A-Z]+)+\b|\((?:SG|NACL|RT)-\d+\)|\b[a-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,}\b/,
    );
    await expect(page).toHaveURL(/choices=A,C,D,F/);

    // Keyboard: ← steps back, Home goes to the first step; the hint naming the keys is shown (not on a touch screen).
    await expect(player(page).getByText(/^キーボード: ← →/)).toBeVisible();
    await page.getByTestId("diagram-box").focus();
    const before = await position(page).textContent();
    await page.keyboard.press("ArrowLeft");
    await expect(position(page)).not.toHaveText(before ?? "");
    await page.keyboard.press("Home");
    await expect(position(page)).toHaveText(/^ステップ 1 \//);

    // The state is in the URL: a reload (or a shared link) opens the same replay.
    await page.goto(`/questions/${QUESTION}/simulate?choices=A,C&os=linux&step=9`);
    await expect(page.getByRole("checkbox", { name: /選択肢 A/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /選択肢 F/ })).not.toBeChecked();
    await expect(position(page)).toHaveText("ステップ 9 / 9");
    await expect(page.getByTestId("step-caption")).toHaveAttribute("data-outcome", "dropped");
  });

  test("English: the same drop and delivery, with the OS selector changing the ephemeral range", async ({ page }) => {
    const user = await signUpAndSignIn(page);
    await gradedPractice(user.id, QUESTION, ["A", "B", "C"]);
    await setLanguage(page, "en");
    await page.goto(`/questions/${QUESTION}/simulate?choices=A,C&os=linux&step=9`);
    await expect(page.getByRole("heading", { level: 1, name: `Simulation of ${QUESTION}` })).toBeVisible();
    await expect(page.getByTestId("step-caption")).toContainText("Response");
    await expect(page.getByTestId("step-caption")).toContainText("denied");
    await expect(page.getByTestId("step-caption")).toContainText("Network ACLs are stateless");
    const shown = await page.getByRole("heading", { name: "Event list" }).locator("..").innerText();
    expect(shown).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]|\b[A-Z]+(?:_[A-Z]+)+\b|\((?:SG|NACL|RT)-\d+\)/);
    await snap(page, "netsim-drop-en");
    await page.getByLabel("Client OS").selectOption("windows-xp");
    await expect(page.getByTestId("flow-verdict")).toContainText("Windows XP");
    await expect(page.getByText(/1025-5000/).first()).toBeVisible();
    await page.getByRole("checkbox", { name: /Choice F/ }).check();
    await expect(page.getByTestId("step-caption")).toHaveAttribute("data-outcome", "delivered");
    await expect(page).toHaveURL(/choices=A,C,F&os=windows-xp/);
    await snap(page, "netsim-delivered-en");
    await page.emulateMedia({ colorScheme: "dark" });
    await snap(page, "netsim-delivered-en-dark");
  });

  test("appears in the explanation after answering in practice, lazily loaded", async ({ page }) => {
    const user = await signUpAndSignIn(page);
    const { examId } = await testDb().question.findUniqueOrThrow({ where: { id: QUESTION }, select: { examId: true } });
    const attempt = await testDb().attempt.create({
      data: {
        userId: user.id,
        examId,
        mode: "PRACTICE",
        status: "IN_PROGRESS",
        options: {},
        items: { create: [{ position: 0, questionId: QUESTION, selected: [] }] },
      },
      select: { id: true },
    });
    await page.goto(`/practice/${attempt.id}`);
    await expect(player(page)).toHaveCount(0);
    const group = page.getByRole("group", { name: "選択肢" });
    for (const letter of ["A", "C", "F"])
      await group.getByRole("checkbox", { name: new RegExp(`^${letter} `) }).check();
    await page.getByRole("button", { name: "解答する" }).click();
    await expect(player(page)).toBeVisible();
    const item = await testDb().attemptItem.findUniqueOrThrow({
      where: { attemptId_position: { attemptId: attempt.id, position: 0 } },
      select: { gradedAt: true, isCorrect: true },
    });
    expect(item.gradedAt).not.toBeNull();
    expect(item.isCorrect).toBe(true);
    // The player opens on the learner's own answer (A, C, F applied); one click switches to the key and back.
    for (const letter of ["A", "C", "F"])
      await expect(player(page).getByRole("checkbox", { name: new RegExp(`選択肢 ${letter}`) })).toBeChecked();
    await expect(player(page).getByTestId("on-answer")).toContainText("A, C, F");
    await player(page)
      .getByRole("checkbox", { name: /選択肢 F/ })
      .uncheck();
    await expect(player(page).getByRole("link", { name: "シミュレーターを大きく開く" })).toHaveAttribute(
      "href",
      new RegExp(`^/questions/${QUESTION}/simulate\\?choices=A,C&step=\\d+$`),
    );
    await player(page).getByRole("button", { name: "自分の解答" }).click();
    await expect(player(page).getByRole("checkbox", { name: /選択肢 F/ })).toBeChecked();
    await player(page).getByRole("button", { name: "正解の組み合わせ" }).click();
    await expect(player(page).getByRole("button", { name: "正解の組み合わせ" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });
});

test("FTP through a NAT gateway: control and data connections, request and response, on a two-subnet diagram", async ({
  page,
}) => {
  const user = await signUpAndSignIn(page);
  await gradedPractice(user.id, "net-0102", ["A", "B", "C"]);
  await page.goto("/questions/net-0102/simulate?choices=B,D&os=linux");
  await expect(page.getByTestId("flow-verdict")).toContainText("届きます");
  const packets = page.getByRole("heading", { level: 4 }).filter({ hasText: /リクエスト|応答/ });
  await expect(packets).toHaveCount(4);
  await expect(page.getByTestId("topology").locator('[data-id="host:nat"]')).toBeVisible();
  await page.getByRole("checkbox", { name: /選択肢 D/ }).uncheck();
  await expect(page.getByTestId("flow-verdict")).toContainText("届きません");
  await expect(page.getByTestId("step-caption")).toHaveAttribute("data-outcome", "dropped");
  await snap(page, "netsim-ftp-nat-ja");
});

test("appears on a finished mock exam's review page", async ({ page }) => {
  const user = await signUpAndSignIn(page);
  const { examId } = await testDb().question.findUniqueOrThrow({ where: { id: QUESTION }, select: { examId: true } });
  const at = new Date();
  const exam = await testDb().attempt.create({
    data: {
      userId: user.id,
      examId,
      mode: "EXAM",
      status: "SUBMITTED",
      options: {},
      deadlineAt: at,
      finishedAt: at,
      correct: 1,
      total: 1,
      items: {
        create: [
          {
            position: 0,
            questionId: QUESTION,
            selected: ["A", "C", "F"],
            answeredAt: at,
            gradedAt: at,
            isCorrect: true,
          },
        ],
      },
    },
    select: { id: true },
  });
  await page.goto(`/exam/${exam.id}/review/1`);
  await expect(player(page)).toBeVisible();
  // Nested under the review page's own headings: the player's title is an h3, its panels h4.
  await expect(player(page).getByRole("heading", { level: 3 })).toContainText("HTTP");
  await expect(player(page).getByRole("heading", { level: 4, name: "イベント一覧" })).toBeVisible();
});

test.describe("simulator on a phone @phone", () => {
  test("stacks the event list under a legible diagram", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "a phone-width layout");
    const user = await signUpAndSignIn(page);
    await gradedPractice(user.id, QUESTION, ["A", "B", "C"]);
    await page.goto(`/questions/${QUESTION}/simulate?choices=A,C&os=linux&step=9`);
    const diagram = page.getByRole("img", { name: "ネットワーク構成図" });
    await expect(diagram).toBeVisible();
    const events = page.getByRole("heading", { name: "イベント一覧" });
    const [diagramBox, eventsBox] = [await diagram.boundingBox(), await events.boundingBox()];
    expect(eventsBox && diagramBox && eventsBox.y > diagramBox.y + diagramBox.height - 1).toBe(true);
    expect(diagramBox && diagramBox.width >= 300).toBe(true);
    // No keyboard hint on a touch screen; a screen reader still hears it as the diagram's description.
    await expect(player(page).getByText(/^キーボード: ← →/)).toBeHidden();
    await expect(page.getByTestId("diagram-box")).toHaveAccessibleDescription(/キーボード: ← →/);
    await snap(page, "netsim-phone-ja");
    const top = await player(page).boundingBox();
    if (top)
      await page.screenshot({
        path: path.join(import.meta.dirname, ".artifacts", "netsim-phone-top-ja.png"),
        fullPage: true,
        clip: { x: 0, y: top.y, width: page.viewportSize()?.width ?? 412, height: 900 },
      });
    await page
      .getByTestId("diagram-box")
      .screenshot({ path: path.join(import.meta.dirname, ".artifacts", "netsim-phone-diagram-ja.png") });
    await setLanguage(page, "en");
    await page.reload();
    await expect(page.getByRole("img", { name: "Network diagram" })).toBeVisible();
    await snap(page, "netsim-phone-en");
    await page
      .getByTestId("diagram-box")
      .screenshot({ path: path.join(import.meta.dirname, ".artifacts", "netsim-phone-diagram-en.png") });
  });
});
