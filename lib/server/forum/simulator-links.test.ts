import { describe, expect, it } from "vitest";
import { findSimulatorLinks, parseSimulatorLink } from "@/lib/server/forum/simulator-links";

describe("simulator links in posts", () => {
  it("reads a same-site player URL into a card: question, choices, OS, step", () => {
    expect(parseSimulatorLink("/questions/saa-0001/simulate?choices=A,C&os=linux&step=4", null)).toEqual({
      kind: "question",
      href: "/questions/saa-0001/simulate?choices=A%2CC&os=linux&step=4",
      questionId: "saa-0001",
      choices: ["A", "C"],
      os: "linux",
      step: 4,
      seed: null,
    });
    // A variant's replay (類題) keeps its seed, so the card opens what the poster saw.
    expect(parseSimulatorLink("/questions/saa-0001/simulate?seed=42&choices=B", null)).toMatchObject({
      href: "/questions/saa-0001/simulate?seed=42&choices=B",
      seed: 42,
    });
    expect(parseSimulatorLink("/questions/saa-0001/simulate?seed=99999999999", null)?.seed).toBeNull();
    expect(
      parseSimulatorLink("https://kaisetsu.example/questions/saa-0001/simulate?choices=B", "kaisetsu.example")?.choices,
    ).toEqual(["B"]);
    expect(parseSimulatorLink("/sandbox?os=windows&scenario=abc", null)).toMatchObject({
      kind: "sandbox",
      href: "/sandbox?os=windows&scenario=abc",
      questionId: null,
    });
  });

  it("ignores other sites, other paths and bad parameters", () => {
    expect(parseSimulatorLink("https://evil.example/questions/saa-0001/simulate", "kaisetsu.example")).toBeNull();
    expect(parseSimulatorLink("//evil.example/sandbox", null)).toBeNull();
    expect(parseSimulatorLink("javascript:alert(1)", null)).toBeNull();
    expect(parseSimulatorLink("/questions/saa-0001", null)).toBeNull();
    expect(parseSimulatorLink("/questions/../admin/simulate", null)).toBeNull();
    const odd = parseSimulatorLink('/questions/saa-0001/simulate?choices=<script>&os="x"&step=-1', null);
    expect(odd).toMatchObject({ choices: [], os: null, step: null, href: "/questions/saa-0001/simulate" });
  });

  it("finds links in Markdown (inline, autolinks), distinct, at most three", () => {
    const markdown = [
      "見てください [再生](/questions/saa-0001/simulate?choices=A&step=1) と <https://kaisetsu.example/sandbox?os=linux>",
      "同じもの [again](/questions/saa-0001/simulate?choices=A&step=1) と `[code](/sandbox?os=x)` と [外部](https://example.com/)",
      "[2](/questions/saa-0002/simulate) [3](/questions/saa-0003/simulate)",
    ].join("\n\n");
    expect(findSimulatorLinks(markdown, "kaisetsu.example").map((link) => link.href)).toEqual([
      "/questions/saa-0001/simulate?choices=A&step=1",
      "/sandbox?os=linux",
      "/questions/saa-0002/simulate",
    ]);
  });

  it("finds a bare same-site path written as plain text, but not inside code or another URL", () => {
    const markdown = [
      "応答は /questions/saa-0001/simulate?choices=A,C&step=3 で再生できます。",
      "サンドボックス: /sandbox?os=windows、コードの中 `/questions/saa-0002/simulate` は対象外。",
      "別サイト https://example.com/questions/saa-0003/simulate も対象外。",
    ].join("\n\n");
    expect(findSimulatorLinks(markdown, "kaisetsu.example").map((link) => link.href)).toEqual([
      "/questions/saa-0001/simulate?choices=A%2CC&step=3",
      "/sandbox?os=windows",
    ]);
  });
});
