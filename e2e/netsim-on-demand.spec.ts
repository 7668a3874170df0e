// The simulator's connected-network and home-router parts load on demand (lib/netsim/on-demand.ts): a page whose
// scenario has them still renders the player on the server, then fetches those parts in the browser before it plays;
// a single-VPC scenario (saa-0001) never fetches them. The browser's language decides the texts it receives.
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { gradedPractice } from "./fixtures/db";

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

// The markers are reason codes only those parts' code holds: the explanation sentences (also fetched after the first
// load) name their facts too, but never a reason code.
test.describe("simulator parts loaded on demand", () => {
  for (const [questionId, marker, what] of [
    ["saa-5009", "BAD_STATE_VPC_PEERING", "two VPCs, a peering in a choice"],
    ["net-0001", "HOME_NO_MAPPING", "a home router"],
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
    expect(
      lazyScripts.some((script) => script.includes("BAD_STATE_VPC_PEERING") || script.includes("HOME_NO_MAPPING")),
    ).toBe(false);
  });

  test("the explanation sentences load after the first paint, in the reader's language only, and follow the switch", async ({
    page,
  }) => {
    const user = await signUpAndSignIn(page);
    await gradedPractice(user.id, "saa-0001");
    const fetched = new Set<string>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") fetched.add(response.url());
    });
    const scripts = async () => Promise.all([...fetched].map(async (url) => (await page.request.get(url)).text()));
    // Each catalogue's fallback sentence stands for its language's sentences: no other text holds it.
    const [jaMarker, enMarker] = ["説明のない事実", "(a fact with no sentence"];
    const response = await page.goto("/questions/saa-0001/simulate?choices=A,C&os=linux&step=9");
    const html = (await response?.text()) ?? "";
    // The page's own data carries the player's labels, not the sentences.
    expect(html).not.toContain(jaMarker);
    expect(html).not.toContain(enMarker);
    const caption = page.getByTestId("step-caption");
    await expect(caption).toContainText("ステートレス");
    await expect(page.getByTestId("explain-pending")).toHaveCount(0);
    // The Japanese reader's browser fetched no English sentence.
    expect((await scripts()).some((script) => script.includes(enMarker))).toBe(false);

    await page.getByRole("button", { name: /English/ }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(caption).toContainText("Network ACLs are stateless");
    await expect(page.getByTestId("explain-pending")).toHaveCount(0);
    expect(await caption.innerText()).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect((await scripts()).some((script) => script.includes(enMarker))).toBe(true);
  });

  test("a switch turns on at once while the simulator's part for it is still loading, and plays once it arrives", async ({
    page,
  }) => {
    const user = await signUpAndSignIn(page);
    await gradedPractice(user.id, "saa-0001");
    // The code that applies choices' changes (its marker: a message only lib/netsim/aws/changes.ts holds) waits until
    // the test lets it through: a slow connection, held. Every other script passes.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let isPartRequested: () => void = () => {};
    const partRequested = new Promise<void>((resolve) => (isPartRequested = resolve));
    await page.route("**/_next/static/**/*.js", async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes("is a NAT gateway")) {
        isPartRequested();
        await held;
      }
      await route.fulfill({ response, body });
    });
    // Not waiting for the load event: the held scripts would hold it.
    await page.goto("/questions/saa-0001/simulate", { waitUntil: "commit" });
    // The player asks for the part after its first paint in the browser: it is hydrated.
    await partRequested;
    const player = page.getByTestId("netsim-player");
    const switchA = player.getByRole("checkbox", { name: /選択肢 A/ });
    await switchA.check();
    await expect(switchA).toBeChecked();
    // The simulation with A waits for the part: the URL and the verdict still show the view without it.
    expect(page.url()).not.toMatch(/choices=/);
    await expect(player.getByTestId("flow-verdict")).toBeVisible();
    release();
    await expect(page).toHaveURL(/choices=A/);
    await expect(switchA).toBeChecked();
    await expect(player.getByTestId("verdict-A")).toBeVisible();
  });
});
