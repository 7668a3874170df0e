/** The worked examples of SCENARIO.md §3b: every choice gets the verdict the document states. */
import { describe, expect, it } from "vitest";
import doc from "./SCENARIO.md?raw";
import { analyzeChoices } from "./analyze";
import { scenarioOf } from "./test-helpers";

const start = doc.indexOf("## 3b.");
const section = doc.slice(start, doc.indexOf("\n## ", start + 1));
const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

const documented: [string, Record<string, string>][] = [
  ["Private S3 access through a gateway endpoint", { A: "needed", B: "too-permissive", C: "invalid" }],
  ["PrivateLink to a service", { A: "needed", B: "too-permissive", C: "not-needed" }],
  ["An application VPC and a database VPC, peered", { A: "needed", B: "not-needed" }],
  ["Hub and spoke through a transit gateway", { A: "needed", B: "too-permissive" }],
  ["An on-premises network behind a virtual private gateway", { A: "needed", B: "not-needed", C: "harmful" }],
  ["What the target sees behind an NLB and an ALB", { A: "needed", B: "not-needed" }],
  ["Ping from a private instance through a NAT gateway", { A: "needed", B: "needed", C: "too-permissive" }],
];

describe("SCENARIO.md §3b worked examples", () => {
  it("has one example per construct", () => expect(examples).toHaveLength(documented.length));
  it.each(documented.map(([title, v], i) => [title, v, i] as const))("%s", (title, verdicts, i) => {
    const s = scenarioOf(examples[i] ?? "");
    expect(typeof s.title === "string" && s.title.startsWith(title)).toBe(true);
    const a = analyzeChoices(s);
    expect(a.alternatives).toEqual([]);
    expect(Object.fromEntries(Object.entries(a.choices).map(([k, c]) => [k, c.verdict]))).toEqual(verdicts);
  });
});
