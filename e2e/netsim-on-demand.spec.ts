// The simulator's connected-network and home-router parts load on demand (lib/netsim/on-demand.ts): a page whose
// scenario has them still renders the player on the server, then fetches those parts in the browser before it plays;
// a single-VPC scenario (saa-0001) never fetches them. The browser's language decides the texts it receives.
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";

/** A finished practice round in which `userId` answered the question (graded): the simulator opens for them. */
async function gradedPractice(userId: string, questionId: string): Promise<void> {
  const { examId } = await testDb().question.findUniqueOrThrow({ where: { id: questionId }, select: { examId: true } });
  const at = new Date();
  await testDb().attempt.create({
    data: {
      userId,
      examId,
      mode: "PRACTICE",
      status: "SUBMITTED",
      options: {},
      finishedAt: at,
      correct: 0,
      total: 1,
      items: { create: [{ position: 0, questionId, selected: ["A"], answeredAt: at, gradedAt: at, isCorrect: false }] },
    },
  });
}

/** Opens the full-page player and returns the text of every script the browser fetched after the page's own. */
async function openPlayer(page: Page, questionId: string): Promise<{ html: string; lazyScripts: string[] }> {
  const fetched: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") fetched.push(response.url());
  });
  const response = await page.goto(`/questions/${questionId}/simulate`);
  expect(response?.status()).toBe(200);
  const html = (await response?.text()) ?? "";
  const player = page.getByTestId("netsim-player");
  await expect(player.getByTestId("flow-verdict")).toBeVisible();
  // Hydrated and simulating in the browser: switching choice A on replays with its change (the address follows).
  await player.getByRole("checkbox", { name: /選択肢 A/ }).check();
  await expect(page).toHaveURL(/choices=A/);
  await expect(player.getByTestId("flow-verdict")).toBeVisible();
  const initial = new Set(
    [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => new URL(match[1] ?? "", page.url()).toString()),
  );
  const lazy = [...new Set(fetched)].filter((url) => !initial.has(url));
  const lazyScripts = await Promise.all(lazy.map(async (url) => (await page.request.get(url)).text()));
  return { html, lazyScripts };
}

test.describe("simulator parts loaded on demand", () => {
  for (const [questionId, marker, what] of [
    ["saa-5009", "peeringForward", "two VPCs, a peering in a choice"],
    ["net-0001", "lanDirect", "a home router"],
  ] as const) {
    test(`${questionId} (${what}): rendered on the server, its parts fetched in the browser, then it plays`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const user = await signUpAndSignIn(page);
      await gradedPractice(user.id, questionId);
      const { html, lazyScripts } = await openPlayer(page, questionId);
      expect(html).toContain('data-testid="flow-verdict"');
      expect(lazyScripts.some((script) => script.includes(marker))).toBe(true);
      expect(errors).toEqual([]);
    });
  }

  test("saa-0001 (one VPC) never fetches them", async ({ page }) => {
    const user = await signUpAndSignIn(page);
    await gradedPractice(user.id, "saa-0001");
    const { lazyScripts } = await openPlayer(page, "saa-0001");
    // The choice analysis is fetched after the first paint; the connected-network and home parts are not.
    await expect(page.getByTestId("netsim-player").locator("fieldset")).toBeVisible();
    expect(lazyScripts.some((script) => script.includes("peeringForward") || script.includes("lanDirect"))).toBe(false);
  });
});
