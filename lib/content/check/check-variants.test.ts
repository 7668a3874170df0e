import { describe, expect, it } from "vitest";
import { scenarioOf, q30570 } from "@/lib/netsim/testing";
import type { JsonObject } from "../parse/json";
import type { BankQuestion } from "../parse/load-bank";
import { checkVariants, formatVariantSummary } from "./check-variants";

/** A question file as the loader returns it, with only what the variant check reads. */
function question(variables: unknown): BankQuestion {
  const choices = ["A", "B", "C", "D", "E", "F"].map((letter) => ({
    letter,
    isCorrect: "ABC".includes(letter),
    html: `<p>${letter}</p>`,
    text: letter,
    explanationHtml: "<p>10.0.1.10</p>",
    position: { line: 1, column: 1 },
  }));
  const primary = {
    file: "content/x/net-9999.md",
    lang: "ja",
    frontMatter: { id: "net-9999", choose: 3, variables },
    positions: { frontMatter: { line: 2, column: 1 } },
    stemHtml: "<p>web 10.0.1.10</p>",
    explanationHtml: "<p>…</p>",
    choices,
    scenario: { source: "", firstLine: 1, position: { line: 1, column: 1 } },
  };
  return { id: "net-9999", folder: "x", primary, translations: [] } as unknown as BankQuestion;
}

const scenarios = new Map([["net-9999", JSON.parse(JSON.stringify({ ...scenarioOf(q30570), key: undefined })) as JsonObject]]);

describe("checkVariants", () => {
  it("samples the variants of a question and reports clean counts", () => {
    const q = question([{ name: "subnet", kind: "network", value: "10.0.1.0/24", within: "10.0.0.0/16" }]);
    const { problems, summaries } = checkVariants([q], scenarios, 10);
    expect(problems).toEqual([]);
    expect(summaries).toEqual([{ id: "net-9999", clean: 10, total: 10, rejections: {} }]);
    expect(formatVariantSummary(summaries[0] ?? { id: "", clean: 0, total: 0, rejections: {} })).toBe(
      "net-9999  clean 10/10",
    );
  });

  it("fails a question whose sample is mostly rejected, with the reasons, and a malformed declaration", () => {
    // The subnet may leave the VPC: every such variant fails validation.
    const outside = question([{ name: "subnet", kind: "network", value: "10.0.1.0/24", within: "0.0.0.0/1" }]);
    const { problems, summaries } = checkVariants([outside], scenarios, 10);
    expect(summaries[0]?.rejections["scenario-invalid"]).toBeGreaterThan(7);
    expect(problems[0]?.message).toMatch(/only \d of 10 sampled variants are clean.*scenario-invalid/);
    const malformed = checkVariants([question([{ name: "x", kind: "network", value: "nope" }])], scenarios, 10);
    expect(malformed.problems[0]?.message).toMatch(/^variables\.0\./);
  });
});
