// Learning that adapts (issue #14): a question answered on its own page, the FSRS review queue on the day it names
// (moved with the shared test clock), the mastery map and readiness after answers, a misconception drill, and the exam
// report's filters with "retry these". Each test checks the database after the UI action.
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { firstMarginTop, itemKeys, letterIndex, setServerClockOffset, snap, type ItemKey } from "./quiz-helpers";

const DAY = 24 * 60 * 60 * 1000;
const choiceInputs = (page: Page, choose: number) =>
  page.getByRole("group", { name: "選択肢" }).getByRole(choose > 1 ? "checkbox" : "radio");
const attemptIdOf = (page: Page) => new URL(page.url()).pathname.split("/")[2] ?? "";

type Keyed = { id: string; choose: number; key: string[]; letters: string[] };

async function keyed(questionId: string): Promise<Keyed> {
  const question = await testDb().question.findUniqueOrThrow({
    where: { id: questionId },
    select: {
      id: true,
      choose: true,
      choices: { orderBy: { position: "asc" }, select: { letter: true, isCorrect: true } },
    },
  });
  return {
    id: question.id,
    choose: question.choose,
    key: question.choices.filter((c) => c.isCorrect).map((c) => c.letter),
    letters: question.choices.map((c) => c.letter),
  };
}

/** A wrong answer of the right size that includes `letter` (a wrong choice). */
function wrongWith(question: Keyed, letter: string): string[] {
  return [letter, ...question.key.slice(0, question.choose - 1)].sort();
}

async function answerHere(page: Page, question: Keyed, letters: string[]): Promise<void> {
  for (const letter of letters) await choiceInputs(page, question.choose).nth(letterIndex(letter)).check();
  await page.getByRole("button", { name: "解答する" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();
}

async function singleAnswerQuestion(where: { task?: string } = {}): Promise<Keyed> {
  const question = await testDb().question.findFirstOrThrow({
    where: { examId: "saa-c03", retiredAt: null, choose: 1, ...where },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return keyed(question.id);
}

test.afterEach(async () => setServerClockOffset(0));

test("a question answered on its own page, signed out: graded like practice, then the misconception, simulator and forum", async ({
  page,
}) => {
  const tag = await testDb().choiceMisconception.findFirstOrThrow({
    where: { question: { hasScenario: true, examId: "saa-c03" } },
    orderBy: { questionId: "asc" },
    select: { questionId: true, letter: true, misconception: { select: { nameJa: true } } },
  });
  const question = await keyed(tag.questionId);
  await page.goto(`/questions/${question.id}`);
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "この問題のパケットの動きをシミュレーターで見る" })).toHaveCount(0);
  await answerHere(page, question, wrongWith(question, tag.letter));
  await expect(page.getByTestId("feedback").getByRole("status")).toContainText("不正解");
  await expect(page.getByTestId("key")).toHaveText(question.key.join(", "));
  await expect(page.getByTestId("misconceptions")).toContainText(tag.misconception.nameJa);
  await expect(page.getByRole("link", { name: "この問題のフォーラムを開く" })).toHaveAttribute(
    "href",
    `/questions/${question.id}/forum`,
  );
  await snap(page, "learning-question-answered-desktop-ja");

  // Graded by the practice use case: a one-question practice round owned by the signed-out visitor's cookie.
  const attempt = await testDb().attempt.findFirstOrThrow({
    where: { userId: null, items: { some: { questionId: question.id } } },
    orderBy: { startedAt: "desc" },
    include: { items: true },
  });
  expect(attempt).toMatchObject({ mode: "PRACTICE", status: "SUBMITTED", correct: 0, total: 1 });
  expect(attempt.anonKeyHash).not.toBeNull();
  expect(attempt.items[0]).toMatchObject({ isCorrect: false, selected: wrongWith(question, tag.letter) });

  await page.getByRole("link", { name: "もう一度解く" }).click();
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await answerHere(page, question, question.key);
  await expect(page.getByTestId("feedback").getByRole("status")).toContainText("正解");
  await expect(page.getByTestId("misconceptions")).toHaveCount(0);

  // Once graded, the simulator opens for this visitor.
  await page.getByRole("link", { name: "この問題のパケットの動きをシミュレーターで見る" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${question.id} のシミュレーション` })).toBeVisible();
});

test("the review queue serves a question again on the day FSRS names, not before (test clock)", async ({ page }) => {
  const user = await signUpAndSignIn(page);
  const question = await singleAnswerQuestion();
  const wrong = question.letters.find((letter) => !question.key.includes(letter)) ?? "A";
  await page.goto(`/questions/${question.id}`);
  await answerHere(page, question, [wrong]);
  const card = await testDb().reviewCard.findUniqueOrThrow({
    where: { userId_questionId: { userId: user.id, questionId: question.id } },
  });
  expect(card.wrongCount).toBe(1);
  const due = card.due.getTime() - (card.lastReview?.getTime() ?? 0);
  expect(due).toBe(DAY); // a wrong answer comes back the next day

  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "今日の復習" })).toBeVisible();
  await expect(page.getByTestId("due-count")).toHaveText("0");
  await expect(page.getByRole("navigation").getByRole("link", { name: "今日の復習" })).toBeVisible();

  await setServerClockOffset(DAY + 60_000);
  await page.reload();
  await expect(page.getByTestId("due-count")).toHaveText("1");
  await page.goto("/");
  await expect(page.getByTestId("home-review")).toContainText("今日の復習: 1 問");
  // The count is said once, and the card's text starts at its padding (no paragraph margin above it).
  await expect(page.getByTestId("home-review")).not.toContainText("今日の復習が");
  expect(await firstMarginTop(page.getByTestId("home-review").locator("p"))).toBe("0px");
  await page.goto("/review");
  await page.getByTestId("start-review").click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  await expect(page.getByText(`問題 ID: ${question.id}`)).toBeVisible();
  const round = await testDb().attempt.findUniqueOrThrow({
    where: { id: attemptIdOf(page) },
    include: { items: { orderBy: { position: "asc" } } },
  });
  expect(round.options).toMatchObject({ source: "review" });
  expect(round.items[0]?.questionId).toBe(question.id);
  expect(round.items.length).toBeLessThanOrEqual(20);

  // Answered right on its day: the next review moves further out.
  await answerHere(page, question, question.key);
  const after = await testDb().reviewCard.findUniqueOrThrow({
    where: { userId_questionId: { userId: user.id, questionId: question.id } },
  });
  expect(after.reps).toBe(2);
  expect(after.due.getTime() - (after.lastReview?.getTime() ?? 0)).toBeGreaterThan(DAY);
});

test("the mastery map and the readiness estimate change after answers; a task starts its practice", async ({
  page,
}) => {
  const user = await signUpAndSignIn(page);
  await page.goto("/mastery");
  await expect(page.getByRole("heading", { level: 1, name: "習熟度マップ" })).toBeVisible();
  await expect(page.getByText(/推定値です。/)).toBeVisible();
  const before = Number(await page.getByTestId("readiness-score").getAttribute("data-score"));
  const tile = page.getByTestId("task-1.2");
  await expect(tile.getByTestId("recall")).toHaveText("未学習");
  await expect(tile).toHaveAttribute("data-level", "none");

  const question = await singleAnswerQuestion({ task: "1.2" });
  await page.goto(`/questions/${question.id}`);
  await answerHere(page, question, question.key);
  await page.goto("/mastery");
  await expect(tile.getByTestId("seen")).toContainText("1 /");
  await expect(tile.getByTestId("recall")).toHaveText(/想起確率 \d+%/);
  await expect(tile).toHaveAttribute("data-level", "high");
  const after = Number(await page.getByTestId("readiness-score").getAttribute("data-score"));
  expect(after).toBeGreaterThan(before);

  await tile.getByRole("button", { name: "1.2 を練習する" }).click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const round = await testDb().attempt.findUniqueOrThrow({
    where: { id: attemptIdOf(page) },
    include: { items: { select: { question: { select: { task: true } } } } },
  });
  expect(round.userId).toBe(user.id);
  expect(round.items.length).toBeGreaterThan(0);
  expect(round.items.every((item) => item.question.task === "1.2")).toBe(true);
});

test("a misconception drill serves the questions testing it; a wrong pick names it; the profile lists it", async ({
  page,
}) => {
  await signUpAndSignIn(page);
  const misconception = await testDb().misconception.findUniqueOrThrow({ where: { id: "sg-stateless" } });
  await page.goto("/drills");
  const card = page.getByTestId("misconception-sg-stateless");
  await expect(card.getByRole("heading", { name: misconception.nameJa })).toBeVisible();
  // The catalogue is folded to names and counts: opening one shows its explanation and its drill button.
  const start = card.getByRole("button", { name: "このドリルを始める" });
  await expect(start).toBeHidden();
  await card.getByRole("heading", { name: misconception.nameJa }).click();
  await expect(card.getByText(misconception.explanationJa)).toBeVisible();
  await start.click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const round = await testDb().attempt.findUniqueOrThrow({
    where: { id: attemptIdOf(page) },
    include: { items: { orderBy: { position: "asc" } } },
  });
  expect(round.options).toMatchObject({ source: "misconception", misconceptionId: "sg-stateless" });
  const tagged = await testDb().choiceMisconception.findMany({
    where: { misconceptionId: "sg-stateless" },
    select: { questionId: true, letter: true },
  });
  expect(round.items.every((item) => tagged.some((tag) => tag.questionId === item.questionId))).toBe(true);

  const first = await keyed(round.items[0]?.questionId ?? "");
  const letter = tagged.find((tag) => tag.questionId === first.id)?.letter ?? "";
  await answerHere(page, first, wrongWith(first, letter));
  await expect(page.getByTestId("misconceptions")).toContainText(misconception.nameJa);
  await page.getByRole("button", { name: "ここで終了して結果を見る" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "練習の結果" })).toBeVisible();
  await expect(page.getByTestId("retry-wrong")).toHaveText("間違えた 1 問をもう一度解く");
  expect((await testDb().attempt.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("SUBMITTED");

  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "あなたに多い誤解" })).toBeVisible();
  await expect(page.getByTestId("misconception-sg-stateless")).toContainText("あなたが引っかかった回数: 1");
});

test("the exam report lists every question with filters and retries a filtered set in practice", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/exam");
  await page.getByLabel("問題集").selectOption("saa-c03");
  await page.getByLabel("問題数").selectOption("5");
  await page.getByRole("button", { name: "試験を開始する" }).click();
  await expect(page).toHaveURL(/\/exam\/[a-z0-9]+$/);
  const attemptId = attemptIdOf(page);
  const keys = await itemKeys(attemptId);
  const [q1, q2] = keys as [ItemKey, ItemKey];
  const grid = (n: number) =>
    page.getByRole("navigation", { name: "問題一覧" }).getByRole("button", { name: new RegExp(`^問題 ${n} へ移動`) });
  const pick = async (item: ItemKey, letters: string[]) => {
    for (const letter of letters)
      await page
        .getByRole("group", { name: "選択肢" })
        .getByRole(item.choose > 1 ? "checkbox" : "radio")
        .nth(letterIndex(letter))
        .check();
    await expect(page.getByTestId("save-state")).toHaveText("保存しました");
  };
  await pick(q1, q1.key);
  await grid(2).click();
  await pick(q2, q2.wrong);
  await grid(3).click();
  await page.getByRole("button", { name: /見直しマークを付ける/ }).click();
  await expect(page.getByRole("button", { name: /見直しマークを外す/ })).toBeVisible();
  await page.getByRole("button", { name: "見直し画面へ" }).first().click();
  await page.getByRole("button", { name: "試験を終了して採点する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "試験結果" })).toBeVisible();
  await expect(page.getByTestId("time-used")).toContainText("所要時間");

  const items = page.getByTestId("report-items").getByRole("listitem");
  await expect(items).toHaveCount(5);
  await page.getByRole("link", { name: "不正解(1)", exact: true }).click();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(q2.questionId);
  await page.getByRole("link", { name: "未解答(3)", exact: true }).click();
  await expect(items).toHaveCount(3);
  await page.getByRole("link", { name: "見直しマーク(1)", exact: true }).click();
  await expect(items).toHaveCount(1);
  await page.getByRole("link", { name: "正解(1)", exact: true }).click();
  await expect(page).toHaveURL(/\?filter=right$/);
  await expect(items.first()).toContainText(q1.questionId);
  await page.getByRole("link", { name: "未解答(3)", exact: true }).click();
  await expect(page).toHaveURL(/\?filter=unanswered$/);
  await expect(items).toHaveCount(3);
  await expect(page.getByTestId("retry-these")).toHaveText("この 3 問を練習でもう一度解く");
  await page.getByTestId("retry-these").click();
  await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
  const retry = await testDb().attempt.findUniqueOrThrow({
    where: { id: attemptIdOf(page) },
    include: { items: true },
  });
  expect(retry.mode).toBe("PRACTICE");
  expect(retry.items.map((item) => item.questionId).sort()).toEqual(
    keys
      .slice(2)
      .map((item) => item.questionId)
      .sort(),
  );

  // History: the estimated scaled score per exam and the trend chart.
  await page.goto("/history");
  await expect(page.getByTestId(`attempt-${attemptId}`).getByTestId("scaled")).not.toHaveText("—");
  await expect(page.getByTestId("trend").getByRole("img").first()).toBeVisible();
  // The exam's answered items moved the review schedule too.
  expect(await testDb().reviewLog.count({ where: { attemptId } })).toBe(2);
});
