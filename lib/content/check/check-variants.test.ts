import { describe, expect, it } from "vitest";
import { scenarioOf, q30570 } from "@/lib/netsim/testing";
import type { JsonObject } from "../parse/json";
import type { BankQuestion } from "../parse/load-bank";
import { checkVariants, formatVariantSummary, topReasons } from "./check-variants";

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
      "net-9999  10 of 10 clean",
    );
  });

  it("fails a question whose sample is mostly rejected, with the reasons, and a malformed declaration", () => {
    // The subnet may leave the VPC: every such variant fails validation.
    const outside = question([{ name: "subnet", kind: "network", value: "10.0.1.0/24", within: "0.0.0.0/1" }]);
    const { problems, summaries } = checkVariants([outside], scenarios, 10);
    expect(summaries[0]?.rejections["scenario-invalid"]).toBeGreaterThan(7);
    expect(problems[0]?.message).toMatch(/only \d of 10 sampled variants are clean.*top reasons: scenario-invalid \d+ \(seed \d+: /);
    const malformed = checkVariants([question([{ name: "x", kind: "network", value: "nope" }])], scenarios, 10);
    expect(malformed.problems[0]?.message).toMatch(/^variables\.0\./);
  });

  it("reports texts whose words for the value as written are not in the question", () => {
    const q = question([
      {
        name: "service",
        kind: "service",
        value: "https",
        values: ["https", "http"],
        texts: [{ https: "web 10.0.1.10", http: "web 10.0.1.10 (HTTP)" }, { https: "nowhere", http: "x" }],
      },
    ]);
    const { problems } = checkVariants([q], scenarios, 2);
    expect(problems[0]?.message).toBe(
      'variables: service: texts[1]: the words for the value as written ("nowhere") are not in the question\'s texts',
    );
    // The explanations of this stub say neither 正解 nor 不正解: with texts the key may move, so no draw is clean.
    expect(problems[1]?.message).toMatch(/top reasons: key-changed 2 \(seed 1: A's ja explanation starts with neither/);
  });
});

describe("formatVariantSummary and topReasons", () => {
  it("prints the clean count and the rejections by reason, most frequent first", () => {
    const summary = {
      id: "net-0013",
      clean: 150,
      total: 200,
      rejections: { "key-changed": 12, "equivalent-choices": 30, "key-size": 8, "no-room": 0 },
    };
    expect(formatVariantSummary(summary)).toBe(
      "net-0013  150 of 200 clean  rejected: equivalent-choices 30, key-changed 12, key-size 8",
    );
    expect(topReasons({ "key-size": 3, "key-ambiguous": 3 })).toEqual([
      ["key-ambiguous", 3],
      ["key-size", 3],
    ]);
  });
});
