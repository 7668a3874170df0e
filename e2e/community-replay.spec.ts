// Replays inside posts (issue #15): a bare simulator path in a post becomes a card whose mini player is loaded only
// when the reader opens it, on the link's exact state (choices, OS, step), with the simulator page's locks. Screenshots
// go to e2e/.artifacts/community-replay-<lang>-<project>.png (git-ignored).
import { mkdirSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { gradedPractice, testDb } from "./fixtures/db";

const REPLAYED = "saa-0001"; // the seed's networking question (key A, C, F)
const replayPath = `/questions/${REPLAYED}/simulate?choices=A,C&os=linux&step=4`;
const text = {
  ja: {
    composer: "質問・回答を投稿 (Markdown が使えます)",
    submit: "投稿する",
    card: "シミュレーターの再生",
    facts: `問題 ${REPLAYED} · 選択肢 A, C · OS: linux · ステップ 4`,
    embed: "ここで再生",
    openFull: "全画面で開く",
    hide: "再生を閉じる",
    region: `${REPLAYED} の再生 (この投稿の状態)`,
    step: (n: number) => new RegExp(`^ステップ ${n} / \\d+$`),
    next: "次へ",
    os: "クライアントの OS",
    unanswered: `問題 ${REPLAYED} を解いて採点を受けた後に表示されます`,
    exam: "受験中の模擬試験に含まれるため、再生は試験の終了後に表示されます",
  },
  en: {
    composer: "Ask or answer (Markdown works)",
    submit: "Post",
    card: "Simulator replay",
    facts: `Question ${REPLAYED} · Choices A, C · OS: linux · Step 4`,
    embed: "Play here",
    openFull: "Open full page",
    hide: "Close the replay",
    region: `Replay of ${REPLAYED} (as linked in this post)`,
    step: (n: number) => new RegExp(`^Step ${n} of \\d+$`),
    next: "Next",
    os: "Client OS",
    unanswered: `once you have answered question ${REPLAYED} and it is graded`,
    exam: "is in your running mock exam: the replay is shown when the exam is over",
  },
} as const;

/** A live question without a thread yet (from the end of the bank, away from the other forum tests). */
async function freshQuestion(): Promise<string> {
  const question = await testDb().question.findFirst({
    where: { retiredAt: null, thread: null, id: { not: REPLAYED } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  if (!question) throw new Error("the seeded bank has too few questions");
  return question.id;
}

async function examIdOf(questionId: string): Promise<string> {
  return (await testDb().question.findUniqueOrThrow({ where: { id: questionId }, select: { examId: true } })).examId;
}

async function setLanguage(page: Page, lang: "ja" | "en"): Promise<void> {
  await page.context().addCookies([{ name: "kaisetsu-lang", value: lang, url: test.info().project.use.baseURL ?? "" }]);
}

/** Posts `body` in the thread of `questionId` and returns the post's element. */
async function postIn(page: Page, questionId: string, body: string): Promise<Locator> {
  await page.goto(`/questions/${questionId}/forum`);
  await page.getByLabel(text.ja.composer).fill(body);
  await page.getByRole("button", { name: text.ja.submit }).click();
  // The same words may be posted in other threads (the other project, an earlier run): look in this one only.
  const where = { bodyMd: body, thread: { questionId } };
  await expect
    .poll(async () => (await testDb().post.findFirst({ where, select: { id: true } }))?.id ?? null)
    .not.toBeNull();
  const { id } = await testDb().post.findFirstOrThrow({ where, select: { id: true } });
  const post = page.locator(`#post-${id}`);
  await expect(post).toBeVisible();
  return post;
}

test.describe("replay cards in posts @phone", () => {
  test("a bare path makes a card whose mini player loads on opening, on the link's state, and steps (ja, en)", async ({
    page,
  }, testInfo) => {
    mkdirSync("e2e/.artifacts", { recursive: true });
    const user = await signUpAndSignIn(page);
    await gradedPractice(user.id, REPLAYED, ["A", "B", "C"]);
    const questionId = await freshQuestion();
    const body = `戻りの通信は ${replayPath} で再生できます。`;
    await postIn(page, questionId, body);

    for (const lang of ["ja", "en"] as const) {
      const t = text[lang];
      await setLanguage(page, lang);
      const scenarioReads: string[] = [];
      page.on("request", (request) => {
        if (request.url().includes(`/api/questions/${REPLAYED}/scenario`)) scenarioReads.push(request.method());
      });
      await page.goto(`/questions/${questionId}/forum`);
      const card = page.getByRole("complementary", { name: t.card });
      await expect(card).toContainText(t.facts);
      await expect(card.getByRole("link", { name: t.openFull })).toHaveAttribute(
        "href",
        `/questions/${REPLAYED}/simulate?choices=A%2CC&os=linux&step=4`,
      );
      // Nothing of the player until the reader opens the card.
      await expect(card.getByTestId("netsim-player")).toHaveCount(0);
      expect(scenarioReads).toEqual([]);
      const toggle = card.getByRole("button", { name: t.embed });
      await expect(toggle).toHaveAttribute("aria-expanded", "false");

      // Keyboard: focus the button and press Enter.
      await toggle.focus();
      await page.keyboard.press("Enter");
      await expect(card.getByRole("button", { name: t.hide })).toHaveAttribute("aria-expanded", "true");
      const region = card.getByRole("region", { name: t.region });
      const player = region.getByTestId("netsim-player");
      await expect(player).toBeVisible();
      expect(scenarioReads).toEqual(["GET"]);
      // The link's exact state: step 4 of the flow, Linux, choices A and C on (the flow's verdict follows from them).
      await expect(player.getByTestId("step-position")).toHaveText(t.step(4));
      await expect(player.getByLabel(t.os)).toHaveValue("linux");
      // The mini player has no what-if switches or rule tables.
      await expect(player.getByRole("checkbox")).toHaveCount(0);
      await expect(player.getByTestId("share-link")).toHaveAttribute(
        "href",
        /\/questions\/saa-0001\/simulate\?choices=A,C&os=linux&step=4$/,
      );
      await player.getByRole("button", { name: t.next, exact: true }).click();
      await expect(player.getByTestId("step-position")).toHaveText(t.step(5));
      await player.getByTestId("diagram-box").focus();
      await page.keyboard.press("ArrowRight");
      await expect(player.getByTestId("step-position")).toHaveText(t.step(6));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, "the thread scrolls sideways").toBeLessThanOrEqual(0);
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: `e2e/.artifacts/community-replay-${lang}-${testInfo.project.name}.png`,
        fullPage: true,
      });

      // Closing keeps the page's focus on the button and hides the player.
      await card.getByRole("button", { name: t.hide }).click();
      await expect(region).toBeHidden();
      page.removeAllListeners("request");
    }
  });
});

test("a card is locked, saying why, for a reader without a graded answer and while the question is in their running exam", async ({
  page,
}) => {
  const author = await signUpAndSignIn(page);
  await gradedPractice(author.id, REPLAYED, ["A", "B", "C"]);
  const questionId = await freshQuestion();
  await postIn(page, questionId, `[この状態](${replayPath}) を見てください。`);

  // A reader who never answered the replayed question.
  await page.context().clearCookies();
  const reader = await signUpAndSignIn(page);
  await page.goto(`/questions/${questionId}/forum`);
  const card = page.getByRole("complementary", { name: text.ja.card });
  await card.getByRole("button", { name: text.ja.embed }).click();
  await expect(card.getByTestId("replay-locked")).toContainText(text.ja.unanswered);
  await expect(card.getByTestId("netsim-player")).toHaveCount(0);

  // Graded in practice, but the question sits in the reader's running mock exam: locked, with that reason.
  await gradedPractice(reader.id, REPLAYED, ["A", "B", "C"]);
  await testDb().attempt.create({
    data: {
      userId: reader.id,
      examId: await examIdOf(REPLAYED),
      mode: "EXAM",
      status: "IN_PROGRESS",
      options: {},
      deadlineAt: new Date(Date.now() + 3_600_000),
      items: { create: [{ position: 0, questionId: REPLAYED, selected: [] }] },
    },
  });
  const response = await page.request.get(`/api/questions/${REPLAYED}/scenario`);
  expect(response.status()).toBe(403);
  // No scenario; the simulator's texts come along in the reader's language only (the card shows the lock with them).
  const { messages, ...locked } = (await response.json()) as { messages: { replay: { lockedExam: string } } };
  expect(locked).toEqual({ error: "locked", reason: "exam" });
  expect(messages.replay.lockedExam).toContain("{id}");
  await page.reload();
  await card.getByRole("button", { name: text.ja.embed }).click();
  await expect(card.getByTestId("replay-locked")).toContainText(text.ja.exam);
  await expect(card.getByTestId("netsim-player")).toHaveCount(0);
  await setLanguage(page, "en");
  await page.reload();
  await page.getByRole("complementary", { name: text.en.card }).getByRole("button", { name: text.en.embed }).click();
  await expect(page.getByTestId("replay-locked")).toContainText(text.en.exam);
});
