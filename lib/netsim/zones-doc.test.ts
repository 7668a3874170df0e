/** The worked examples of SCENARIO.md §3c: every choice gets the verdict (and reason) the document states. */
import { describe, expect, it } from "vitest";
import doc from "./SCENARIO.md?raw";
import { analyzeChoices } from "./authoring";
import { scenarioOf } from "./test-helpers";

const start = doc.indexOf("## 3c.");
const section = doc.slice(start, doc.indexOf("\n## ", start + 1));
const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

const documented: [string, Record<string, string>, Record<string, string>][] = [
  [
    "Transit gateway attachment subnets in every AZ",
    { A: "needed", B: "not-needed", C: "harmful" },
    { B: "choiceFailsWhenDown" },
  ],
  [
    "Direct Connect with a Site-to-Site VPN backup",
    { A: "needed", B: "not-needed", C: "invalid" },
    { B: "choiceFailsWhenDown" },
  ],
  ["A service behind an ALB offered through PrivateLink", { A: "needed", B: "needed", C: "invalid" }, {}],
  ["Re-creating a VPC with a CIDR block that overlaps nothing", { A: "needed", B: "invalid" }, {}],
];

describe("SCENARIO.md §3c worked examples", () => {
  it("has one example per construct", () => expect(examples).toHaveLength(documented.length));
  it.each(documented.map(([title, v, r], i) => [title, v, r, i] as const))("%s", (title, verdicts, reasons, i) => {
    const s = scenarioOf(examples[i] ?? "");
    expect(typeof s.title === "string" && s.title.startsWith(title)).toBe(true);
    const a = analyzeChoices(s);
    expect(a.alternatives).toEqual([]);
    expect(Object.fromEntries(Object.entries(a.choices).map(([k, c]) => [k, c.verdict]))).toEqual(verdicts);
    for (const [k, code] of Object.entries(reasons)) expect(a.choices[k]?.reason.code).toBe(code);
  });
  it("names the failure in the harmful verdict of the relay through one AZ", () => {
    const c = analyzeChoices(scenarioOf(examples[0] ?? "")).choices.C;
    expect(c?.counterexample?.flow).toBe("call-b (az-a down)");
  });
});
