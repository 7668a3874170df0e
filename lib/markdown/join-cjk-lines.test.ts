import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { joinCjkLines } from "./join-cjk-lines";

function joined(text: string): string {
  const tree: Root = {
    type: "root",
    children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: text }] }],
  };
  joinCjkLines(tree);
  const paragraph = tree.children[0];
  if (paragraph?.type !== "element" || paragraph.children[0]?.type !== "text") throw new Error("unexpected tree");
  return paragraph.children[0].value;
}

describe("joinCjkLines", () => {
  it("removes a line break between Japanese characters and around half-width parentheses next to them", () => {
    expect(joined("設定はどれですか。\n次に")).toBe("設定はどれですか。次に");
    expect(joined("どれですか。\n(2 つ選択)")).toBe("どれですか。(2 つ選択)");
    expect(joined("(Amazon S3)\nに保存します")).toBe("(Amazon S3)に保存します");
  });
  it("keeps the space where English meets English or a word meets Japanese", () => {
    expect(joined("Amazon S3\nに保存")).toBe("Amazon S3\nに保存");
    expect(joined("security\ngroup")).toBe("security\ngroup");
    expect(joined("です。\n(Choose two.)")).toBe("です。(Choose two.)");
  });
});
