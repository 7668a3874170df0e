// Screenshots of the learning screens (review queue, mastery map, an exam report, history) at desktop and phone widths
// in both languages, for a learner with some history: e2e/.artifacts/learning-<screen>-<lang>-<project>.png.
import { expect, test } from "@playwright/test";
import { State } from "ts-fsrs";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { firstMarginTop } from "./quiz-helpers";

const DAY = 24 * 60 * 60 * 1000;

/** Three finished mock exams (improving) and review cards over ~40 questions, written straight to the database. */
async function seedHistory(userId: string): Promise<string> {
  const questions = await testDb().question.findMany({
    where: { examId: "saa-c03", retiredAt: null },
    orderBy: { id: "asc" },
    select: { id: true, choices: { where: { isCorrect: true }, select: { letter: true } } },
  });
  const now = Date.now();
  let lastExam = "";
  for (const [run, share] of [
    [0, 0.45],
    [1, 0.6],
    [2, 0.74],
  ] as const) {
    const picked = questions.filter((_, i) => i % 3 === run).slice(0, 20);
    const startedAt = new Date(now - (20 - run * 7) * DAY);
    const attempt = await testDb().attempt.create({
      data: {
        userId,
        examId: "saa-c03",
        mode: "EXAM",
        status: "SUBMITTED",
        options: { size: picked.length },
        startedAt,
        deadlineAt: new Date(startedAt.getTime() + 40 * 60_000),
        finishedAt: new Date(startedAt.getTime() + (33 - run * 3) * 60_000),
        items: {
          create: picked.map((question, position) => {
            const isRight = position < Math.round(share * picked.length);
            const isUnanswered = !isRight && position % 4 === 0;
            const key = question.choices.map((choice) => choice.letter);
            return {
              position,
              questionId: question.id,
              selected: isUnanswered ? [] : isRight ? key : ["Z"],
              isCorrect: isRight,
              flagged: position % 5 === 1,
              answeredAt: startedAt,
              gradedAt: startedAt,
            };
          }),
        },
      },
    });
    const items = await testDb().attemptItem.findMany({ where: { attemptId: attempt.id } });
    await testDb().attempt.update({
      where: { id: attempt.id },
      data: { correct: items.filter((item) => item.isCorrect).length, total: items.length },
    });
    lastExam = attempt.id;
  }
  // Cards: a spread of strengths, some due today.
  await testDb().reviewCard.createMany({
    data: questions.slice(0, 45).map((question, i) => {
      const lastReview = new Date(now - ((i % 9) + 1) * DAY);
      const stability = [0.5, 2, 6, 15, 40][i % 5] ?? 2;
      const isCorrect = i % 4 !== 0;
      return {
        userId,
        questionId: question.id,
        stability,
        difficulty: 5,
        scheduledDays: Math.round(stability),
        learningSteps: 0,
        reps: 2,
        lapses: isCorrect ? 0 : 1,
        state: State.Review,
        lastReview,
        due: new Date(lastReview.getTime() + Math.round(stability) * DAY),
        wrongCount: i % 11 === 0 ? 4 : isCorrect ? 0 : 1,
        isLeech: i % 11 === 0,
        lastIsCorrect: isCorrect,
      };
    }),
  });
  return lastExam;
}

for (const lang of ["ja", "en"] as const) {
  test(`learning screens in ${lang} @phone`, async ({ page, context, baseURL }, testInfo) => {
    const user = await signUpAndSignIn(page);
    const examId = await seedHistory(user.id);
    await context.addCookies([{ name: "kaisetsu-lang", value: lang, url: baseURL ?? "http://127.0.0.1" }]);
    const shot = (name: string) =>
      page.screenshot({ path: `e2e/.artifacts/learning-${name}-${lang}-${testInfo.project.name}.png`, fullPage: true });

    await page.goto("/review");
    await expect(
      page.getByRole("heading", { level: 1, name: lang === "ja" ? "今日の復習" : "Review today" }),
    ).toBeVisible();
    await expect(page.getByTestId("forecast")).toBeVisible();
    // The memory facts' values keep room beside their long labels (at phone width "No reviews yet." was one word a
    // line).
    expect((await page.getByTestId("retention").boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(127);
    await expect(
      page.getByRole("button", { name: lang === "ja" ? "苦手な問題のドリルを始める" : "Drill your hardest questions" }),
    ).toBeVisible();
    await shot("review");
    await page.goto("/mastery");
    await expect(page.getByTestId("mastery-map")).toBeVisible();
    expect(await firstMarginTop(page.getByTestId("mastery-map").locator("li p"))).toBe("0px");
    await shot("mastery");
    await page.goto(`/exam/${examId}`);
    await expect(page.getByTestId("report-items")).toBeVisible();
    await shot("report");
    await page.goto("/history");
    await expect(page.getByTestId("trend")).toBeVisible();
    // Every round's score and estimate are in view without scrolling sideways, at any width.
    const width = page.viewportSize()?.width ?? 0;
    for (const cell of [...(await page.getByTestId("score").all()), ...(await page.getByTestId("scaled").all())]) {
      const box = await cell.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    }
    await shot("history");
    await page.goto("/drills");
    await expect(page.getByTestId("leech-drill")).toBeVisible();
    // The catalogue of some seventy misconceptions is folded to names and counts: the page stays a short scroll, even
    // on a phone (it was about 23,000 px tall with every explanation shown).
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(9000);
    await shot("drills");
    await page.goto("/");
    await shot("home");
  });
}
