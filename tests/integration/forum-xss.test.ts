// Known XSS payloads through the real posting use case: the stored HTML (Post.bodyHtml) must keep none of them.
// The browser side (nothing executes in Chromium) is e2e/forum-xss.spec.ts, with the same payloads.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { createPost } from "@/lib/server/forum/create-post";
import { editPost } from "@/lib/server/forum/edit-post";
import { xssPayloads } from "../../e2e/fixtures/xss-payloads";
import { createBareQuestion, createOneDomainExam } from "./forum-fixtures";

const examId = "fx-exam";
const questionId = "fx-0001";
let author: SessionUser;

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&amp;/g, "&");

type Tag = { name: string; attributes: [string, string][] };

/**
 * The tags of the serializer's canonical output (hast-util-to-html: text `<` is always escaped as &#x3C;, attribute
 * values always double-quoted). Any literal `<` that does not start a well-formed tag fails the test.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const tagPattern = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[^\s"'>\/=]+(?:="[^"]*")?)*)\s*\/?>/giy;
  let index = 0;
  while ((index = html.indexOf("<", index)) !== -1) {
    tagPattern.lastIndex = index;
    const match = tagPattern.exec(html);
    expect(match, `unparsable markup at ${index}: ${html.slice(index, index + 40)}`).not.toBeNull();
    if (!match) break;
    if (!match[1])
      tags.push({
        name: (match[2] ?? "").toLowerCase(),
        attributes: [...(match[3] ?? "").matchAll(/\s+([^\s"'>\/=]+)(?:="([^"]*)")?/g)].map((attribute) => [
          (attribute[1] ?? "").toLowerCase(),
          decode(attribute[2] ?? ""),
        ]),
      });
    index = tagPattern.lastIndex;
  }
  return tags;
}

const forbiddenTags = new Set([
  "script",
  "style",
  "svg",
  "math",
  "iframe",
  "frame",
  "object",
  "embed",
  "base",
  "meta",
  "link",
  "form",
  "button",
  "textarea",
  "select",
  "template",
  "noscript",
  "xmp",
  "plaintext",
]);
const urlAttributes = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "poster",
  "background",
  "srcset",
  "cite",
]);

function expectInert(html: string): void {
  for (const tag of tagsOf(html)) {
    expect(forbiddenTags.has(tag.name), `<${tag.name}> survived`).toBe(false);
    if (tag.name === "input") expect(tag.attributes).toContainEqual(["type", "checkbox"]); // GFM task lists only
    for (const [name, value] of tag.attributes) {
      expect(name.startsWith("on"), `event handler ${name} survived`).toBe(false);
      expect(["style", "srcdoc"].includes(name), `${name} survived`).toBe(false);
      if (!urlAttributes.has(name)) continue;
      // Browsers strip tabs, newlines and leading control characters before reading the scheme.
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value.replace(/[\u0000-\u0020]/g, "").toLowerCase())?.[1];
      expect(
        scheme === undefined || ["http", "https", "mailto"].includes(scheme),
        `unsafe URL survived: ${value}`,
      ).toBe(true);
    }
  }
}

beforeAll(async () => {
  await createOneDomainExam(examId, "FX", { ja: "XSS", en: "XSS" }, 1);
  await createBareQuestion(examId, questionId);
  author = await db.user.create({
    data: { email: "xss-fx@example.test", name: "xss" },
    select: { id: true, name: true, role: true },
  });
});

afterAll(async () => {
  await db.thread.deleteMany({ where: { questionId } });
  await db.question.deleteMany({ where: { examId } });
  await db.exam.deleteMany({ where: { id: examId } });
  await db.user.deleteMany({ where: { email: "xss-fx@example.test" } });
  await db.rateLimit.deleteMany({ where: { key: `post:user:${author.id}` } });
});

describe("stored HTML of hostile posts", () => {
  it("the checker itself catches what it must (a broken sanitizer would fail it)", () => {
    expect(() => expectInert('<a href="java&#x09;script:alert(1)">x</a>')).toThrow();
    expect(() => expectInert('<img src="x" onerror="alert(1)">')).toThrow();
    expect(() => expectInert("<svg><script>alert(1)</script></svg>")).toThrow();
    expect(() => expectInert('<p style="background:url(x)">x</p>')).toThrow();
    expect(() => expectInert("<p>x</p><img src=x onerror=alert(1)>")).toThrow(); // unquoted: not canonical output
    expect(() => expectInert('<a href="https://example.com/">ok</a> &#x3C;img src=x onerror=alert(1)>')).not.toThrow();
  });

  // One post per payload, spread over time so the posting limit does not interfere.
  it.each(xssPayloads.map((payload, index) => [payload.name, payload.markdown, index] as const))(
    "%s",
    async (_name, markdown, index) => {
      const now = new Date(Date.UTC(2026, 0, 1) + index * 11 * 60_000);
      const { postId } = await createPost(author, { questionId, body: markdown }, { now });
      const stored = await db.post.findUniqueOrThrow({
        where: { id: postId },
        select: { bodyMd: true, bodyHtml: true },
      });
      expect(stored.bodyMd).toBe(markdown.trim()); // the source is kept as written
      expectInert(stored.bodyHtml);
      // An edit goes through the same sanitizer.
      await editPost(author, { postId, body: `edited\n\n${markdown}` }, { now });
      expectInert((await db.post.findUniqueOrThrow({ where: { id: postId }, select: { bodyHtml: true } })).bodyHtml);
    },
  );

  it("keeps the harmless Markdown a candidate needs: code, tables, links", async () => {
    const { postId } = await createPost(
      author,
      {
        questionId,
        body: "`0.0.0.0/0` と\n\n| port | 用途 |\n|---|---|\n| 1024-65535 | ephemeral |\n\n[docs](https://docs.aws.amazon.com/vpc/)",
      },
      { now: new Date(Date.UTC(2026, 6, 1)) },
    );
    const { bodyHtml } = await db.post.findUniqueOrThrow({ where: { id: postId }, select: { bodyHtml: true } });
    expect(bodyHtml).toContain("<code>0.0.0.0/0</code>");
    expect(bodyHtml).toContain("<td>1024-65535</td>");
    expect(bodyHtml).toContain(
      '<a href="https://docs.aws.amazon.com/vpc/" rel="nofollow ugc noopener noreferrer">docs</a>',
    );
  });
});
