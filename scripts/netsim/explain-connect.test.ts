/**
 * Every sentence about the connected-network scenarios (SCENARIO.md §3b examples and fixtures, each choice applied, the
 * failing variants the golden tests use) reads cleanly in Japanese and English; and every connected-network fact has
 * a sentence in both languages that shows all its parameters.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { netsimExplain } from "@/lib/i18n/messages/netsim-explain";
import { connectJa } from "@/lib/i18n/messages/netsim-explain-connect";
import { connectEn } from "@/lib/i18n/messages/netsim-explain-connect-en";
import { explain, simulate } from "@/lib/netsim";
import { analyzeChoices } from "@/lib/netsim/analyze";
import { parseScenario, type Scenario } from "@/lib/netsim/authoring";
import { threeVpcHub } from "@/lib/netsim/testing";
import { problemsIn, sentencesOf } from "./sentence-checks";

const doc = readFileSync(path.resolve(import.meta.dirname, "../../lib/netsim/SCENARIO.md"), "utf8");
const sources = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? "")
  .filter((src) => /^(vpcs|endpoints|peerings|transitGateways|onPremises):|type: network/m.test(src));

function scenarios(): { name: string; scenario: Scenario }[] {
  const out: { name: string; scenario: Scenario }[] = [];
  for (const [i, src] of [...sources, threeVpcHub].entries()) {
    const r = parseScenario(src);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
    out.push({ name: `connected example ${i + 1}`, scenario: r.scenario });
  }
  return out;
}

describe("connected networks: explanations", () => {
  const all = scenarios();
  it("has the examples", () => expect(all.length).toBeGreaterThanOrEqual(7));
  it.each(all.map((x) => [x.name, x.scenario] as const))("%s: every sentence is clean", (_n, s) => {
    const letters = Object.keys(s.choices);
    const runs = [simulate(s), ...letters.map((l) => simulate(s, { choices: [l] }))];
    const analysis = letters.length ? analyzeChoices(s) : null;
    for (const locale of ["ja", "en"] as const) {
      const m = netsimExplain[locale];
      const texts = runs.flatMap((r) => sentencesOf(r, m));
      for (const v of Object.values(analysis?.choices ?? {}))
        texts.push(explain(v.reason, m), explain(v.counterexample?.fact, m));
      for (const text of texts.filter((t) => t !== ""))
        expect(problemsIn(text, locale), `${locale}: ${text}`).toEqual([]);
    }
  });
  it("gives every connected-network fact a clean sentence with all its parameters", () => {
    expect(Object.keys(connectJa).sort()).toEqual(Object.keys(connectEn).sort());
    for (const code of Object.keys(connectEn) as (keyof typeof connectEn)[]) {
      const entry = connectEn[code];
      // The sentence and its fragments: a fragment may name a parameter of its own ({network} in vpnNoRoute).
      const text = typeof entry === "string" ? entry : Object.values(entry).join(" ");
      const params: Record<string, string | boolean> = {};
      for (const m of text.matchAll(/\{([A-Za-z]+)\}/g)) {
        const k = m[1] ?? "";
        params[k] = k.startsWith("is") ? true : `value-${k}`;
      }
      for (const locale of ["ja", "en"] as const) {
        const sentence = explain({ code, params }, netsimExplain[locale]);
        expect(problemsIn(sentence, locale), `${locale} ${code}: ${sentence}`).toEqual([]);
        for (const [k, v] of Object.entries(params))
          if (typeof v === "string") expect(sentence, `${locale} ${code} shows {${k}}`).toContain(v);
      }
    }
  });
});
