import { describe, expect, it } from "vitest";
import { playerStateFromHref } from "@/lib/netsim-ui/url-state";
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

describe("a replay card's link → the embedded player's state", () => {
  const letters = ["A", "B", "C", "D", "E", "F"];
  const stateOf = (markdown: string, host: string | null = null) => {
    const [link] = findSimulatorLinks(markdown, host);
    if (!link) throw new Error(`no card in ${markdown}`);
    return playerStateFromHref(link.href, letters);
  };

  it("opens on the exact state of a bare path, a Markdown link and an absolute URL (1-based step)", () => {
    const expected = { choices: ["A", "C"], os: "linux", step: 3, flow: 0 };
    expect(stateOf("見て /questions/saa-0001/simulate?choices=C,A&os=linux&step=4 を")).toEqual(expected);
    expect(stateOf("[再生](/questions/saa-0001/simulate?choices=A,C&os=linux&step=4)")).toEqual(expected);
    expect(
      stateOf("https://kaisetsu.example/questions/saa-0001/simulate?os=linux&step=4&choices=A,C", "kaisetsu.example"),
    ).toEqual(expected);
  });

  it("starts from the first step with nothing switched on when the link says nothing", () => {
    expect(stateOf("/questions/saa-0001/simulate")).toEqual({ choices: [], os: null, step: 0, flow: 0 });
    expect(stateOf("/questions/saa-0001/simulate?step=0")).toEqual({ choices: [], os: null, step: 0, flow: 0 });
  });

  it("keeps only choices the scenario has and OSes the player offers", () => {
    const link = parseSimulatorLink("/questions/saa-0001/simulate?choices=A,G&os=windows-xp&step=2", null);
    expect(playerStateFromHref(link?.href ?? "", ["A", "B"])).toEqual({
      choices: ["A"],
      os: "windows-xp",
      step: 1,
      flow: 0,
    });
    // The card's parser keeps any short OS word; the player's selector decides which it knows.
    expect(playerStateFromHref("/questions/saa-0001/simulate?os=beos", letters).os).toBeNull();
    expect(playerStateFromHref("/questions/saa-0001/simulate?step=4#top", letters).step).toBe(3);
  });
});
