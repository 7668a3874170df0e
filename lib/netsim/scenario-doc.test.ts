/** SCENARIO.md is tested like code: every YAML example parses, and the three worked examples are the golden fixtures. */
import { describe, expect, it } from "vitest";
import doc from "./SCENARIO.md?raw";
import { analyzeChoices, parseScenario } from "./authoring";
import { ftpNat, homeForward, q30570 } from "./fixtures/scenarios";

const examples = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

describe("SCENARIO.md", () => {
  it("has the three worked examples, identical to the fixtures the golden tests use", () => {
    expect(examples.slice(0, 3)).toEqual([q30570, ftpNat, homeForward]);
  });
  it.each(examples.map((e, i) => [i + 1, e] as const))(
    "example %i parses and its key is derived as documented",
    (_i, source) => {
      const r = parseScenario(source);
      expect(r.ok ? [] : r.errors).toEqual([]);
      if (!r.ok || Object.keys(r.scenario.choices).length === 0) return; // a topology without a question
      // An example that asks a question states its key, so the documented derivation is checked, never skipped.
      expect(r.scenario.key, "an example with choices declares `key:`").toBeDefined();
      expect(analyzeChoices(r.scenario).derivedKey).toEqual([...(r.scenario.key ?? [])].sort());
    },
  );
  it("checks the key of every example with choices (the worked ones included)", () => {
    const withChoices = examples.filter((source) => /^choices:/m.test(source));
    expect(withChoices.length).toBeGreaterThanOrEqual(3);
    expect(withChoices.filter((source) => /^key:/m.test(source))).toHaveLength(withChoices.length);
  });
});
