import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";

const composerLabel = "質問・回答を投稿 (Markdown が使えます)";

/** A live question no other forum test uses (tests take different positions in the bank). */
async function questionAt(position: number): Promise<string> {
  const questions = await testDb().question.findMany({
    where: { retiredAt: null, thread: null },
    orderBy: { id: "asc" },
    select: { id: true },
    skip: position,
    take: 1,
  });
  const id = questions[0]?.id;
  if (!id) throw new Error("the seeded bank has too few questions");
  return id;
}

/** A second browser with the project's options (base URL, locale, viewport), as a separate person. */
async function secondPage(browser: Browser): Promise<Page> {
  const { baseURL, locale, viewport } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, viewport });
  return context.newPage();
}

/** Waits until a post matching `where` is in the database, and returns its id. */
async function stored(where: { bodyMd?: string; authorId?: string }): Promise<string> {
  await expect
    .poll(async () => (await testDb().post.findFirst({ where, select: { id: true } }))?.id ?? null)
    .not.toBeNull();
  return (await testDb().post.findFirstOrThrow({ where, select: { id: true } })).id;
}

async function post(page: Page, body: string): Promise<string> {
  await page.getByLabel(composerLabel).fill(body);
  await page.getByRole("button", { name: "投稿する" }).click();
  const id = await stored({ bodyMd: body });
  await expect(page.locator(`#post-${id}`)).toBeVisible();
  await expect(page.getByLabel(composerLabel)).toHaveValue("");
  return id;
}

test("two people: one asks, the other answers with a replay link, the asker accepts; edit and delete", async ({
  page,
  browser,
}) => {
  const questionId = await questionAt(0);
  const asker = await signUpAndSignIn(page);
  await page.goto(`/questions/${questionId}`);
  await expect(page.getByTestId("thread-post-count")).toHaveText("0 件の投稿");
  await page.getByRole("link", { name: "この問題のフォーラム" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `助け合いフォーラム: ${questionId}` })).toBeVisible();
  const askId = await post(page, "NACL のアウトバウンドが **all** になっているのはなぜですか?");
  await expect(page.locator(`#post-${askId}`).getByText("質問者")).toBeVisible();
  const thread = await testDb().thread.findUniqueOrThrow({ where: { questionId } });
  expect(thread.authorId).toBe(asker.id);

  const answererPage = await secondPage(browser);
  const answerer = await signUpAndSignIn(answererPage);
  await answererPage.goto(`/questions/${questionId}/forum`);
  await expect(answererPage.getByText("NACL のアウトバウンドが")).toBeVisible();
  const answerBody = `戻りのパケットはクライアントの**エフェメラルポート**宛てです。[再生](/questions/${questionId}/simulate?choices=A,C&os=linux&step=4)`;
  await answererPage.getByLabel(composerLabel).fill(answerBody);
  await answererPage.getByRole("button", { name: "投稿する" }).click();
  const answer = { id: await stored({ authorId: answerer.id }) };
  const answerCard = answererPage.locator(`#post-${answer.id}`);
  await expect(answerCard.getByRole("complementary", { name: "シミュレーターの再生" })).toContainText(
    `問題 ${questionId} · 選択肢 A, C · OS: linux · ステップ 4`,
  );
  await expect(answerCard.getByRole("link", { name: "全画面で開く" })).toHaveAttribute(
    "href",
    `/questions/${questionId}/simulate?choices=A%2CC&os=linux&step=4`,
  );
  // Only the asker may accept; nobody may edit someone else's post.
  await expect(answererPage.locator(`#post-${askId}`).getByRole("button", { name: "編集" })).toHaveCount(0);
  await expect(answererPage.getByRole("button", { name: "ベストアンサーにする" })).toHaveCount(0);

  await page.reload();
  const answerForAsker = page.locator(`#post-${answer.id}`);
  await answerForAsker.getByRole("button", { name: "ベストアンサーにする" }).click();
  await expect(answerForAsker.getByText("✓ ベストアンサー")).toBeVisible();
  await answerForAsker.getByRole("button", { name: "参考になった", exact: true }).click();
  await expect(answerForAsker.getByRole("button", { name: "参考になったを取り消す" })).toBeVisible();
  await expect(answerForAsker.getByTestId("vote-count")).toHaveText("参考になった 1");
  const accepted = await testDb().post.findUniqueOrThrow({
    where: { id: answer.id },
    select: { isAccepted: true, voteCount: true },
  });
  expect(accepted).toEqual({ isAccepted: true, voteCount: 1 });
  expect(await testDb().vote.count({ where: { postId: answer.id, userId: asker.id } })).toBe(1);

  // The asker replies under the answer.
  await answerForAsker.getByRole("button", { name: "返信" }).click();
  await answerForAsker
    .getByLabel("返信 (Markdown が使えます)")
    .fill("ありがとうございます、戻りの通信のことだったんですね。");
  await answerForAsker.getByRole("button", { name: "返信する" }).click();
  await expect(answerForAsker.getByRole("list", { name: "1 件の返信" })).toContainText(
    "戻りの通信のことだったんですね",
  );
  expect(
    (
      await testDb().post.findFirstOrThrow({
        where: { bodyMd: { startsWith: "ありがとうございます" } },
        select: { parentId: true },
      })
    ).parentId,
  ).toBe(answer.id);

  // The answerer edits their answer: the post shows it was edited.
  await answererPage.reload();
  await answerCard.getByRole("button", { name: "編集" }).click();
  await answerCard
    .getByLabel("投稿を編集 (Markdown が使えます)")
    .fill("戻りのパケットは 1024-65535 の**エフェメラルポート**宛てなので、アウトバウンドで許可が必要です。");
  await answerCard.getByRole("button", { name: "保存する" }).click();
  await expect(answerCard.getByText("1024-65535")).toBeVisible();
  await expect(answerCard.getByText(/^編集済み/)).toBeVisible();
  expect(
    (await testDb().post.findUniqueOrThrow({ where: { id: answer.id }, select: { editedAt: true } })).editedAt,
  ).not.toBeNull();

  // The asker deletes a post of their own: a placeholder keeps the thread readable.
  const extraId = await post(page, "追記: 自己解決しました");
  const extra = page.locator(`#post-${extraId}`);
  await extra.getByRole("button", { name: "削除" }).click();
  await extra.getByRole("button", { name: "削除する" }).click();
  await expect(extra.getByText("この投稿は削除されました。")).toBeVisible();
  await expect(extra.getByText("追記: 自己解決しました")).toHaveCount(0);
  expect(
    (await testDb().post.findUniqueOrThrow({ where: { id: extraId }, select: { deletedAt: true } })).deletedAt,
  ).not.toBeNull();

  await page.goto(`/questions/${questionId}`);
  await expect(page.getByTestId("thread-post-count")).toHaveText("3 件の投稿");
  await page.goto("/forum");
  await expect(
    page.getByRole("list", { name: "フォーラムの最近の投稿" }).getByText("戻りのパケットは 1024-65535"),
  ).toBeVisible();
  await answererPage.context().close();
});

test("a signed-out visitor reads the thread but cannot post; refused writes change nothing", async ({
  page,
  browser,
}) => {
  const questionId = await questionAt(1);
  const poster = await signUpAndSignIn(page);
  await page.goto(`/questions/${questionId}/forum`);
  const postId = await post(page, "読めるけど書けない人のための投稿");

  const visitor = await secondPage(browser);
  await visitor.goto(`/questions/${questionId}/forum`);
  await expect(visitor.locator(`#post-${postId}`)).toContainText("読めるけど書けない人のための投稿");
  await expect(visitor.getByLabel(composerLabel)).toHaveCount(0);
  await expect(visitor.getByText("投稿するにはログインしてください。")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "参考になった", exact: true })).toHaveCount(0);
  await visitor.getByRole("link", { name: "ログイン", exact: true }).last().click();
  await expect(visitor).toHaveURL(/\/signin\?callbackUrl=%2Fquestions%2F/);
  await visitor.context().close();

  // Signed out elsewhere (the session row is gone) while the form is still open: the post is refused beside the form.
  await testDb().session.deleteMany({ where: { userId: poster.id } });
  const before = await testDb().post.count({ where: { thread: { questionId } } });
  await page.getByLabel(composerLabel).fill("セッション切れの投稿");
  await page.getByRole("button", { name: "投稿する" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("この操作にはログインが必要です。");
  await expect(page.getByLabel(composerLabel)).toHaveValue("セッション切れの投稿");
  expect(await testDb().post.count({ where: { thread: { questionId } } })).toBe(before);
});

test("a user reports, a moderator hides the post and locks the thread", async ({ page, browser }) => {
  const questionId = await questionAt(2);
  const author = await signUpAndSignIn(page);
  await page.goto(`/questions/${questionId}/forum`);
  const rudeId = await post(page, "この問題は最悪、作った人は…");

  const reporterPage = await secondPage(browser);
  const reporter = await signUpAndSignIn(reporterPage);
  await reporterPage.goto(`/questions/${questionId}/forum`);
  const rudeForReporter = reporterPage.locator(`#post-${rudeId}`);
  await rudeForReporter.getByRole("button", { name: "報告" }).click();
  await rudeForReporter.getByLabel("報告の理由").selectOption("abuse");
  await rudeForReporter.getByRole("button", { name: "報告する" }).click();
  await expect(rudeForReporter.getByRole("status")).toHaveText("報告を受け付けました。ありがとうございます。");
  expect(await testDb().report.findMany({ where: { postId: rudeId }, select: { userId: true, reason: true } })).toEqual(
    [{ userId: reporter.id, reason: "abuse" }],
  );

  // Moderators are made in the database (or by KAISETSU_MODERATOR_EMAILS at sign-in); the role is read per request.
  await testDb().user.update({ where: { id: reporter.id }, data: { role: "MODERATOR" } });
  await reporterPage.goto("/forum");
  await expect(reporterPage.getByRole("list", { name: "報告された投稿" })).toContainText("この問題は最悪");
  await reporterPage.goto(`/questions/${questionId}/forum`);
  await rudeForReporter.getByRole("button", { name: "非表示にする" }).click();
  await expect(rudeForReporter.getByText("非表示中 (モデレーターにだけ表示されています)")).toBeVisible();
  const hidden = await testDb().post.findUniqueOrThrow({
    where: { id: rudeId },
    select: { hiddenAt: true, hiddenById: true },
  });
  expect(hidden.hiddenById).toBe(reporter.id);

  await page.reload();
  await expect(page.locator(`#post-${rudeId}`)).toContainText("この投稿はモデレーターにより非表示にされています。");
  await expect(page.getByText("この問題は最悪")).toHaveCount(0);

  await reporterPage.getByRole("button", { name: "スレッドをロック" }).click();
  await expect(reporterPage.getByRole("button", { name: "ロックを解除" })).toBeVisible();
  expect(
    (await testDb().thread.findUniqueOrThrow({ where: { questionId }, select: { lockedAt: true } })).lockedAt,
  ).not.toBeNull();
  await page.reload();
  await expect(page.getByText("このスレッドはロックされているため、新しい投稿や編集はできません。")).toBeVisible();
  await expect(page.getByLabel(composerLabel)).toHaveCount(0);
  expect(await testDb().post.count({ where: { authorId: author.id } })).toBe(1);
  await reporterPage.context().close();
});

test("while the question is in the reader's running exam, the thread says it is withheld, not that it is empty", async ({
  page,
}) => {
  const questionId = await questionAt(3);
  const user = await signUpAndSignIn(page);
  await page.goto(`/questions/${questionId}/forum`);
  await post(page, "エフェメラルポートの範囲は OS で違いますか?");
  const { examId } = await testDb().question.findUniqueOrThrow({ where: { id: questionId }, select: { examId: true } });
  await testDb().attempt.create({
    data: {
      userId: user.id,
      examId,
      mode: "EXAM",
      options: { size: 1 },
      deadlineAt: new Date(Date.now() + 60 * 60_000),
      items: { create: [{ position: 0, questionId, selected: [] }] },
    },
  });
  await page.reload();
  await expect(
    page.getByRole("status").filter({ hasText: "この問題は実行中の模擬試験に含まれています。" }),
  ).toBeVisible();
  await expect(page.getByTestId("thread-post-count")).toHaveText("1 件の投稿");
  await expect(page.getByText("エフェメラルポートの範囲は")).toHaveCount(0);
  await expect(page.getByText("まだ投稿はありません。")).toHaveCount(0);
});
