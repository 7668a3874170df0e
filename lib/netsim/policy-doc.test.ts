/** The worked examples of SCENARIO.md §3d: every choice gets the verdict the document states. */
import { describe, expect, it } from "vitest";
import doc from "./SCENARIO.md?raw";
import { analyzeChoices } from "./authoring";
import { scenarioOf } from "./test-helpers";

const start = doc.indexOf("## 3d.");
const section = doc.slice(start, doc.indexOf("\n## ", start + 1));
const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

const documented: [string, Record<string, string>, string[]][] = [
  ["A bucket policy and a gateway endpoint", { A: "needed", B: "harmful", C: "too-permissive" }, ["A"]],
  ["Private S3 writes that must not pass a NAT gateway", { A: "needed", B: "harmful", C: "not-needed" }, ["A"]],
  ["The client address behind an ALB with AWS WAF", { A: "needed", B: "invalid", C: "not-needed" }, ["A"]],
];

describe("SCENARIO.md §3d worked examples", () => {
  it("has one example per construct", () => expect(examples).toHaveLength(documented.length));
  it.each(documented.map(([title, v, key], i) => [title, v, key, i] as const))("%s", (title, verdicts, key, i) => {
    const s = scenarioOf(examples[i] ?? "");
    expect(s.title).toBe(title);
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(key);
    expect(a.alternatives).toEqual([]);
    expect(Object.fromEntries(Object.entries(a.choices).map(([k, c]) => [k, c.verdict]))).toEqual(verdicts);
  });
});
