import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { itemKeys, letterIndex, recordActionReplies, setServerClockOffset, snap, type ItemKey } from "./quiz-helpers";

const MINUTE = 60_000;
const attemptIdOf = (page: Page) => new URL(page.url()).pathname.split("/")[2] ?? "";
const choices = (page: Page, item: ItemKey) =>
  page.getByRole("group", { name: "選択肢" }).getByRole(item.choose > 1 ? "checkbox" : "radio");
const gridButton = (page: Page, n: number) =>
  page.getByRole("navigation", { name: "問題一覧" }).getByRole("button", { name: new RegExp(`^問題 ${n} へ移動`) });

async function startShortExam(page: Page, size = 5): Promise<string> {
  await page.goto("/exam");
  await expect(page.getByRole("heading", { level: 1, name: "模擬試験" })).toBeVisible();
  await page.getByLabel("問題集").selectOption("saa-c03");
  await page.getByLabel("問題数").selectOption(String(size));
  await page.getByRole("button", { name: "試験を開始する" }).click();
  await expect(page).toHaveURL(/\/exam\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: `問題 1 / ${size}` })).toBeVisible();
  return attemptIdOf(page);
}

/** Answers the question on screen and waits until the server confirms the save. */
async function answer(page: Page, item: ItemKey, letters: string[]): Promise<void> {
  for (const letter of letters) await choices(page, item).nth(letterIndex(letter)).check();
  await expect(page.getByTestId("save-state")).toHaveText("保存しました");
}

test.afterEach(async () => setServerClockOffset(0));

test.describe("mock exam", () => {
  test("signed out, the exam page asks to sign in", async ({ page }) => {
    await page.goto("/exam");
    await expect(page.getByText("模擬試験と学習履歴を使うにはログインしてください。")).toBeVisible();
    await expect(page.getByRole("link", { name: "ログイン", exact: true }).last()).toHaveAttribute(
      "href",
      /\/signin\?callbackUrl=/,
    );
  });

  test("answers survive a reload; after the server deadline an answer is refused and the exam ends with what was saved", async ({
    page,
  }) => {
    await signUpAndSignIn(page);
    const attemptId = await startShortExam(page, 5);
    const keys = await itemKeys(attemptId);
    const attempt = await testDb().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(10 * MINUTE); // 130 min × 5/65
    await expect(page.getByTestId("timer")).toHaveText(/^(10:00|09:5\d)$/);

    // The page sent to the browser before submission holds no key and no explanation (every item has explanations to
    // look for: an empty list would make the loops below pass without checking anything).
    for (const item of keys) expect(item.secrets.length, `explanations of ${item.questionId}`).toBeGreaterThan(0);
    const html = await (await page.request.get(`/exam/${attemptId}`)).text();
    for (const item of keys) for (const secret of item.secrets) expect(html).not.toContain(secret);
    expect(html).not.toContain("keyLetters");

    const [q1, q2, , q4] = keys as [ItemKey, ItemKey, ItemKey, ItemKey];
    const replies = await recordActionReplies(page);
    await answer(page, q1, q1.key);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(reply).toContain('"ok":true');
      expect(reply).not.toContain("keyLetters");
      for (const secret of q1.secrets) expect(reply).not.toContain(secret);
    }
    await page.unrouteAll({ behavior: "wait" });
    await page.getByRole("button", { name: "次の問題" }).click();
    await answer(page, q2, q2.wrong);
    await gridButton(page, 3).click();
    await expect(page.getByRole("heading", { name: "問題 3 / 5" })).toBeVisible();
    await page.getByRole("button", { name: /見直しマークを付ける/ }).click();
    await expect(page.getByRole("button", { name: /見直しマークを外す/ })).toBeVisible();
    await expect
      .poll(
        async () =>
          (await testDb().attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 2 } } }))
            .flagged,
      )
      .toBe(true);

    await page.reload();
    await expect(page.getByRole("heading", { name: "問題 3 / 5" })).toBeVisible(); // resumes at the first unanswered
    await expect(gridButton(page, 1)).toHaveAccessibleName(/解答済み/);
    await expect(gridButton(page, 3)).toHaveAccessibleName(/見直し/);
    // The legend's "flagged" key shows the mark the flagged button carries.
    const mark = (selector: string, pseudo: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el, p) => getComputedStyle(el, p).content, pseudo);
    expect(await mark('nav[aria-label="問題一覧"] ul li:nth-child(3) span', "::before")).toBe(
      await mark('nav[aria-label="問題一覧"] ol li:nth-child(3) button', "::after"),
    );
    await gridButton(page, 1).click();
    for (const letter of q1.key) await expect(choices(page, q1).nth(letterIndex(letter))).toBeChecked();
    const saved = await testDb().attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    expect(saved.map((item) => item.selected)).toEqual([q1.key, q2.wrong, [], [], []]);
    await snap(page, "exam-running-desktop-ja");

    // Time passes on the server (not in the browser): the next answer is refused and nothing is written.
    await setServerClockOffset(11 * MINUTE);
    await gridButton(page, 4).click();
    await choices(page, q4)
      .nth(letterIndex(q4.key[0] ?? "A"))
      .click();
    await expect(
      page.getByRole("alert").filter({ hasText: "試験時間が終了したため、この解答は保存されませんでした。" }),
    ).toBeVisible();
    const after = await testDb().attempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(after.status).toBe("EXPIRED");
    expect(after.items[3]?.selected).toEqual([]);
    expect(after.correct).toBe(1);
    await expect(choices(page, q4).nth(letterIndex(q4.key[0] ?? "A"))).not.toBeChecked(); // the screen shows what the server holds

    // The report: raw score, the scaled score labelled as an estimate, the chart by domain, the wrong answers.
    await page.getByRole("link", { name: "結果を見る" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "試験結果" })).toBeVisible();
    await expect(page.getByText("時間切れのため、保存されていた解答で自動的に採点しました。")).toBeVisible();
    await expect(page.getByTestId("raw-score")).toHaveText("1 / 5 問正解(20%)");
    await expect(page.getByRole("heading", { name: "推定スケールスコア" })).toBeVisible();
    await expect(page.getByText(/推定値です。/)).toBeVisible();
    const chart = page.getByTestId("domain-chart");
    const domainTotals = await chart.getByRole("meter").count();
    expect(domainTotals).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { name: "分野別の正答率" })).toBeVisible();
    await expect(page.getByRole("link", { name: /解説を見る/ })).toHaveCount(5);
    await snap(page, "exam-report-desktop-ja");
    await page.getByRole("link", { name: /問題 2: 解説を見る/ }).click();
    await expect(page.getByTestId("feedback").getByRole("status")).toContainText("不正解");
    await expect(page.getByTestId("key")).toHaveText(q2.key.join(", "));
    // The answer as it was given: radio marks for one answer, checkbox marks for several.
    const [openMark, otherOpenMark] = q2.choose > 1 ? ["☐", "○"] : ["○", "☐"];
    await expect(page.getByRole("list", { name: "選択肢" })).toContainText(openMark);
    await expect(page.getByRole("list", { name: "選択肢" })).not.toContainText(otherOpenMark);
    await snap(page, "exam-review-desktop-ja");
  });

  test("review screen, submit, report; another user cannot open the exam or its report", async ({ page, browser }) => {
    await signUpAndSignIn(page);
    const attemptId = await startShortExam(page, 5);
    const keys = await itemKeys(attemptId);
    // The exam page lists it as running, its size with its unit (it showed a bare "· 5").
    await page.goto("/exam");
    await expect(page.getByRole("region", { name: "受験中の試験" }).getByRole("listitem")).toContainText(
      "AWS 認定ソリューションアーキテクト – アソシエイト · 5 問",
    );
    await page.getByRole("link", { name: "再開する" }).click();
    await expect(page.getByRole("heading", { name: "問題 1 / 5" })).toBeVisible();
    // By keyboard: "next" and "back to questions" replace the part of the page that held the focus; the focus goes to
    // the new heading (not to the page, which would send the next Tab back to the top).
    await page.getByRole("button", { name: "次の問題" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "問題 2 / 5" })).toBeFocused();
    await page.keyboard.press("Tab"); // on into the question, not back to the header
    await expect(page.locator('section[aria-labelledby="exam-question-title"] :focus')).toHaveCount(1);
    await page.getByRole("button", { name: "見直し画面へ" }).first().press("Enter");
    await page.getByRole("button", { name: "問題に戻る" }).press("Enter");
    await expect(page.getByRole("heading", { name: "問題 2 / 5" })).toBeFocused();
    for (const [i, item] of keys.entries()) {
      await gridButton(page, i + 1).click();
      await answer(page, item, i < 4 ? item.key : item.wrong);
    }
    await page.getByRole("button", { name: "見直し画面へ" }).first().click();
    await expect(page.getByRole("heading", { name: "見直し" })).toBeVisible();
    await expect(page.getByText("5 / 5 問解答済み、未解答 0 問、見直しマーク 0 問。")).toBeVisible();
    await snap(page, "exam-review-screen-desktop-ja");

    // Another signed-in user gets "not found", before and after submission.
    const strangerContext = await browser.newContext();
    const stranger = await strangerContext.newPage();
    await signUpAndSignIn(stranger);
    expect((await stranger.goto(`/exam/${attemptId}`))?.status()).toBe(404);

    await page.getByRole("button", { name: "試験を終了して採点する" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "試験結果" })).toBeVisible();
    await expect(page.getByTestId("raw-score")).toHaveText("4 / 5 問正解(80%)");
    expect(await testDb().attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "SUBMITTED",
      correct: 4,
      total: 5,
    });
    expect((await stranger.goto(`/exam/${attemptId}`))?.status()).toBe(404);
    expect((await stranger.goto(`/exam/${attemptId}/review/1`))?.status()).toBe(404);
    await strangerContext.close();

    await page.getByRole("link", { name: "学習履歴" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "学習履歴" })).toBeVisible();
    await expect(page.getByTestId(`attempt-${attemptId}`)).toContainText("4 / 5");
  });
});

test.describe("mock exam on a phone @phone", () => {
  test("the runner and the report fit a phone, in Japanese and English", async ({ page, context }) => {
    await signUpAndSignIn(page);
    const attemptId = await startShortExam(page, 5);
    const [first] = (await itemKeys(attemptId)) as [ItemKey];
    await answer(page, first, first.key);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The timer and the review button stay in view while the candidate scrolls through a long question and its choices.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const bar = await page.getByTestId("timer").boundingBox();
    expect(bar && bar.y >= 0 && bar.y + bar.height <= (page.viewportSize()?.height ?? 0)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    const project = test.info().project.name;
    await snap(page, `exam-running-${project}-ja`);
    await page.getByRole("button", { name: "見直し画面へ" }).first().click();
    await page.getByRole("button", { name: "試験を終了して採点する" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "試験結果" })).toBeVisible();
    await snap(page, `exam-report-${project}-ja`);
    await context.addCookies([{ name: "kaisetsu-lang", value: "en", url: new URL(page.url()).origin }]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Exam results" })).toBeVisible();
    await expect(page.getByText(/An estimate\./)).toBeVisible();
    await snap(page, `exam-report-${project}-en`);
    await page.emulateMedia({ colorScheme: "dark" });
    await snap(page, `exam-report-${project}-en-dark`);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/exam");
    await snap(page, `exam-setup-${project}-en`);
  });
});
