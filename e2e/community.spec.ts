// Community answers beside the key: the distribution of graded answers (hidden until one's own answer is graded), a
// post that states an answer set, an error report that reaches the moderators' queue, and deleting a post cleanly.
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { snap } from "./quiz-helpers";

/** A live multiple-answer question no other spec's forum uses, with its key. */
async function multiAnswerQuestion(skip: number): Promise<{ id: string; key: string[]; letters: string[] }> {
  const question = await testDb().question.findFirstOrThrow({
    where: { retiredAt: null, choose: { gt: 1 }, thread: null, examId: "saa-c03" },
    orderBy: { id: "desc" },
    skip,
    select: { id: true, choices: { orderBy: { position: "asc" }, select: { letter: true, isCorrect: true } } },
  });
  return {
    id: question.id,
    key: question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.letter),
    letters: question.choices.map((choice) => choice.letter),
  };
}

/** A graded practice answer, as the grading use case stores it. */
async function gradedAnswer(userId: string, questionId: string, selected: string[], isCorrect: boolean): Promise<void> {
  await testDb().attempt.create({
    data: {
      userId,
      examId: "saa-c03",
      mode: "PRACTICE",
      status: "SUBMITTED",
      options: {},
      total: 1,
      items: {
        create: [{ position: 0, questionId, selected, answeredAt: new Date(), gradedAt: new Date(), isCorrect }],
      },
    },
  });
}

async function otherCandidates(questionId: string, sets: string[][], key: string[]): Promise<void> {
  for (const [index, set] of sets.entries()) {
    const user = await testDb().user.create({
      data: { email: `community-${Date.now()}-${index}@example.test`, name: `c${index}` },
    });
    await gradedAnswer(user.id, questionId, set, set.join(",") === key.join(","));
  }
}

async function setLanguage(page: Page, lang: "ja" | "en"): Promise<void> {
  await page.context().addCookies([{ name: "kaisetsu-lang", value: lang, url: page.url() }]);
}

test("other candidates' answers appear after one's own is graded; a post states an answer set", async ({ page }) => {
  const question = await multiAnswerQuestion(0);
  const wrong = question.letters
    .filter((letter) => !question.key.includes(letter))
    .slice(0, question.key.length)
    .sort();
  await otherCandidates(question.id, [question.key, question.key, question.key, wrong], question.key);
  const user = await signUpAndSignIn(page);

  await page.goto(`/questions/${question.id}/forum`);
  const community = page.getByRole("region", { name: "ほかの受験者の解答" });
  await expect(community).toContainText("この問題に解答して採点されたあとに表示されます。");
  await expect(community.getByTestId("answer-set")).toHaveCount(0);

  await gradedAnswer(user.id, question.id, wrong, false);
  await page.reload();
  await expect(community.getByText("採点された解答 5 件")).toBeVisible();
  const sets = community.getByTestId("answer-set");
  await expect(sets.first()).toContainText(question.key.join(", "));
  await expect(sets.first()).toContainText("正解");
  await expect(sets.first()).toContainText("3 件 (60%)");
  await expect(sets.nth(1)).toContainText(wrong.join(", "));

  await page
    .getByLabel("質問・回答を投稿 (Markdown が使えます)")
    .fill("選択肢の組み合わせについて、私はこう考えました。");
  const legend = page.getByRole("group", { name: "私の考える正解(任意)" });
  for (const letter of wrong) await legend.getByLabel(letter, { exact: true }).check();
  await page.getByRole("button", { name: "投稿する" }).click();
  await expect(page.getByTestId("stated-answer")).toHaveText(`私の考える正解: ${wrong.join(", ")}`);
  await expect
    .poll(
      async () =>
        (await testDb().post.findFirst({ where: { authorId: user.id }, select: { answerSet: true } }))?.answerSet,
    )
    .toEqual(wrong);
  await expect(community.getByText("フォーラムで表明された解答 1 件(1 人 1 件、最新の表明)")).toBeVisible();
  await snap(page, `community-thread-${test.info().project.name}-ja`);

  await setLanguage(page, "en");
  await page.reload();
  await expect(
    page.getByRole("region", { name: "How other candidates answered" }).getByText("5 graded answers"),
  ).toBeVisible();
  await expect(page.getByTestId("stated-answer")).toHaveText(`I think the answer is: ${wrong.join(", ")}`);
  await snap(page, `community-thread-${test.info().project.name}-en`);
});

test("an error report reaches the moderators' queue and is resolved there", async ({ page }) => {
  const question = await multiAnswerQuestion(1);
  const user = await signUpAndSignIn(page);
  await page.goto(`/questions/${question.id}`);
  await page.getByText("この問題の誤りを報告").click();
  await page.getByLabel("種類").selectOption("OUTDATED");
  await page.getByRole("button", { name: "報告を送信" }).click();
  await expect(page.getByText("入力してください。")).toBeVisible();
  await page
    .getByLabel("詳しく(根拠となるドキュメントがあれば URL も)")
    .fill("上限値が 2026 年に変わっています。https://docs.aws.amazon.com/");
  await page.getByRole("button", { name: "報告を送信" }).click();
  await expect(page.getByText("報告を受け付けました。ありがとうございます。")).toBeVisible();
  const report = await testDb().questionReport.findFirstOrThrow({
    where: { userId: user.id },
    select: { id: true, questionId: true, reason: true, resolvedAt: true },
  });
  expect(report).toMatchObject({ questionId: question.id, reason: "OUTDATED", resolvedAt: null });

  await page.goto("/moderation");
  await expect(page.getByText("このページはモデレーターだけが見られます。")).toBeVisible();
  await testDb().user.update({ where: { id: user.id }, data: { role: "MODERATOR" } });
  await page.reload();
  const item = page.getByTestId("question-report").filter({ hasText: "上限値が 2026 年に変わっています。" });
  await expect(item).toContainText(question.id);
  await expect(item).toContainText("情報が古い");
  await expect(item).toContainText(`content/saa-c03/${question.id}.md`);
  await snap(page, `moderation-${test.info().project.name}-ja`);
  await item.getByRole("button", { name: "対応済みにする" }).click();
  await expect(item).toHaveCount(0);
  expect((await testDb().questionReport.findUniqueOrThrow({ where: { id: report.id } })).resolvedAt).not.toBeNull();
});

test("deleting one's own post leaves no stale prompt and offers no reply", async ({ page }) => {
  const question = await multiAnswerQuestion(2);
  await signUpAndSignIn(page);
  await page.goto(`/questions/${question.id}/forum`);
  await page.getByLabel("質問・回答を投稿 (Markdown が使えます)").fill("あとで消す投稿です。");
  await page.getByRole("button", { name: "投稿する" }).click();
  const post = page.getByTestId("forum-post").filter({ hasText: "あとで消す投稿です。" });
  await expect(post).toBeVisible();
  await expect(post.getByRole("button", { name: "返信" })).toBeVisible();
  await post.getByRole("button", { name: "削除", exact: true }).click();
  await post.getByRole("button", { name: "削除する" }).click();
  const gone = page.getByTestId("forum-post").filter({ hasText: "この投稿は削除されました。" });
  await expect(gone).toBeVisible();
  await expect(gone.getByText("この投稿を削除しますか?")).toHaveCount(0);
  await expect(gone.getByRole("button", { name: "削除する" })).toHaveCount(0);
  await expect(gone.getByRole("button", { name: "返信" })).toHaveCount(0);
});

test.describe("community on a phone @phone", () => {
  test("the thread with the community answer fits a phone", async ({ page }) => {
    const question = await multiAnswerQuestion(3);
    const wrong = question.letters
      .filter((letter) => !question.key.includes(letter))
      .slice(0, question.key.length)
      .sort();
    await otherCandidates(question.id, [question.key, wrong], question.key);
    const user = await signUpAndSignIn(page);
    await gradedAnswer(user.id, question.id, question.key, true);
    await page.goto(`/questions/${question.id}/forum`);
    await expect(page.getByRole("region", { name: "ほかの受験者の解答" }).getByTestId("answer-set")).toHaveCount(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await snap(page, `community-thread-${test.info().project.name}-ja`);
    await setLanguage(page, "en");
    await page.reload();
    await snap(page, `community-thread-${test.info().project.name}-en`);
  });
});
