// Issue #10, finding 7: bad input against the real server gets a 4xx (or the action's own refusal) with a clear
// message, never a 5xx. Each row is a request an attacker sent; the table says what must come back.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signUpAndSignIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";

/** Action ids of this build, by exported name (they change with every build). */
function actionIds(): Record<string, string> {
  const file = path.join(process.env.E2E_DIST_DIR ?? ".next", "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string }> };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName ?? id, id]));
}

type Row = {
  name: string;
  path: string;
  headers: Record<string, string>;
  body: string | Buffer;
  status: number | "4xx";
  message: RegExp;
};

function rows(ids: Record<string, string>): Row[] {
  const save = { "next-action": ids.saveExamAnswerAction ?? "", "content-type": "text/plain;charset=UTF-8" };
  const post = { "next-action": ids.createPostAction ?? "" };
  const forum = "/questions/saa-0001/forum";
  return [
    {
      name: "a body over 1 MB to an action",
      path: "/exam",
      headers: save,
      body: Buffer.alloc(1_100_000, 97),
      status: 413,
      message: /larger than 1048576 bytes/,
    },
    {
      name: "a body over 1 MB to /lang",
      path: "/lang",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: Buffer.alloc(1_100_000, 97),
      status: 413,
      message: /larger than/,
    },
    { name: "bad JSON", path: "/exam", headers: save, body: '[{"attemptId":', status: 400, message: /not valid JSON/ },
    {
      name: "deep nesting",
      path: "/exam",
      headers: save,
      body: "[".repeat(10_000) + "]".repeat(10_000),
      status: 400,
      message: /nests deeper/,
    },
    {
      name: "a reference to a missing part",
      path: "/exam",
      headers: save,
      body: '["$Q99"]',
      status: 400,
      message: /cannot be decoded/,
    },
    {
      name: "an unknown marker",
      path: "/exam",
      headers: save,
      body: '[{"attemptId":"$Zzz"}]',
      status: 400,
      message: /cannot be decoded/,
    },
    {
      name: "garbage multipart",
      path: forum,
      headers: { ...post, "content-type": "multipart/form-data; boundary=XYZ" },
      body: "garbage, not multipart",
      status: 400,
      message: /multipart body cannot be read/,
    },
    {
      name: "application/json to an action",
      path: "/exam",
      headers: { ...save, "content-type": "application/json" },
      body: "[{}]",
      status: 415,
      message: /takes text\/plain/,
    },
    {
      name: "JSON to a form action",
      path: forum,
      headers: { ...post, "content-type": "text/plain;charset=UTF-8" },
      body: '[null,{"questionId":"saa-0001","body":"x"}]',
      status: 200,
      message: /入力内容を確認してください/,
    },
    {
      name: "a cross-site action (CSRF)",
      path: "/exam",
      headers: { ...save, origin: "https://evil.example" },
      body: "[{}]",
      status: 403,
      message: /Cross-site/,
    },
    {
      name: "a cross-site action by Sec-Fetch-Site",
      path: "/exam",
      headers: { ...save, "sec-fetch-site": "cross-site" },
      body: "[{}]",
      status: 403,
      message: /Cross-site/,
    },
    {
      name: "POST /lang with JSON",
      path: "/lang",
      headers: { "content-type": "application/json" },
      body: '{"to":"en"}',
      status: 415,
      message: /as a form/,
    },
    {
      name: "POST /lang with garbage multipart",
      path: "/lang",
      headers: { "content-type": "multipart/form-data; boundary=XYZ" },
      body: "garbage",
      status: 400,
      message: /cannot be read/,
    },
    {
      name: "POST /lang with no body type",
      path: "/lang",
      headers: {},
      body: "to=en",
      status: 415,
      message: /as a form/,
    },
    {
      name: "POST /lang from another site",
      path: "/lang",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: "to=en",
      status: 403,
      message: /Cross-site/,
    },
    {
      name: "an unknown action id",
      path: "/exam",
      headers: { ...save, "next-action": "7f00000000000000000000000000000000000000ff" },
      body: "[{}]",
      status: "4xx",
      message: /./,
    },
  ];
}

async function send(request: APIRequestContext, row: Pick<Row, "path" | "headers" | "body">) {
  const response = await request.post(row.path, { headers: row.headers, data: row.body, maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}

test.describe("bad input gets a 4xx with a message, never a 5xx", () => {
  test("the bad-input table", async ({ request }) => {
    const ids = actionIds();
    expect(ids.saveExamAnswerAction).toBeTruthy();
    const results = [];
    for (const row of rows(ids)) {
      const { status, text } = await send(request, row);
      results.push({ name: row.name, status, text: text.slice(0, 200) });
    }
    for (const [i, row] of rows(ids).entries()) {
      const result = results[i] as { name: string; status: number; text: string };
      if (row.status === "4xx") expect.soft(result.status, row.name).toBeGreaterThanOrEqual(400);
      else expect.soft(result.status, row.name).toBe(row.status);
      expect.soft(result.status, row.name).toBeLessThan(500);
      expect.soft(result.text, row.name).toMatch(row.message);
    }
    // The server is still fine.
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("a NUL byte in a post or an edit is a field error, and nothing is stored", async ({ page }) => {
    const user = await signUpAndSignIn(page);
    const forum = "/questions/saa-0001/forum";
    const nulError = page.getByText("制御文字 (NUL など) は使えません。");
    await page.goto(forum);
    await page.getByLabel(/^質問・回答を投稿/).fill("before\u0000after");
    await page.getByRole("button", { name: "投稿する", exact: true }).click();
    await expect(nulError).toBeVisible();
    expect(await testDb().post.count({ where: { authorId: user.id } })).toBe(0);

    await page.getByLabel(/^質問・回答を投稿/).fill("NUL のない投稿");
    await page.getByRole("button", { name: "投稿する", exact: true }).click();
    await expect.poll(() => testDb().post.count({ where: { authorId: user.id } })).toBe(1);
    const post = await testDb().post.findFirstOrThrow({ where: { authorId: user.id } });
    const card = page.locator(`#post-${post.id}`);
    await card.getByRole("button", { name: "編集" }).click();
    await card.getByLabel("投稿を編集 (Markdown が使えます)").fill("edited\u0000");
    await card.getByRole("button", { name: "保存する" }).click();
    await expect(card.getByText("制御文字 (NUL など) は使えません。")).toBeVisible();
    expect((await testDb().post.findUniqueOrThrow({ where: { id: post.id } })).bodyMd).toBe("NUL のない投稿");
  });
});
