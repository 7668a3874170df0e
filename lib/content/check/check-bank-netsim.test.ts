import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCheckedBank } from "./check-bank";
import { formatProblem } from "../parse/problem";

// The same checks as check-scenario.test.ts, with the real simulator: fixtures an author could have written.
const fixtures = path.join(import.meta.dirname, "../__fixtures__");

// The scenario fixtures are not written to the item-writing rules (check-bank.test.ts covers those): scenario problems only.
async function problemsOf(dir: string): Promise<string[]> {
  const bank = await loadCheckedBank(path.join(fixtures, dir), { repoRoot: path.join(fixtures, dir) });
  return bank.problems.filter((problem) => problem.kind !== "rule").map(formatProblem);
}

describe("checking scenarios with the simulator", () => {
  it("accepts a question whose key the simulator derives, and keeps its scenario for the seeder", async () => {
    const bank = await loadCheckedBank(path.join(fixtures, "scenario-valid"));
    expect(bank.problems.filter((problem) => problem.kind !== "rule")).toEqual([]);
    expect(bank.scenarios.get("saa-0003")).toMatchObject({ goals: [{ name: "http", from: "client", to: "web", app: "http" }] });
  });

  it("reports a scenario error at the line of the Markdown file", async () => {
    expect(await problemsOf("broken/scenario-error")).toContain('saa-c03/saa-0003.md:75:1  scenario: (scenario): Unrecognized key: "goal"');
  });

  it("reports a scenario naming a choice the question does not have", async () => {
    expect(await problemsOf("broken/scenario-unknown-letter")).toEqual([
      "saa-c03/saa-0003.md:79:1  scenario: no configuration change for choice F under choices (one entry per choice)",
      "saa-c03/saa-0003.md:85:3  scenario: choices.G names a choice the question does not have (it has A, B, C, D, E, F)",
    ]);
  });

  it("reports a key that disagrees with the simulator's analysis, at the choices", async () => {
    const problems = await problemsOf("broken/scenario-key-mismatch");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^saa-c03\/saa-0003\.md:20:1 {2}key disagrees with the simulator: the file marks A, B, D but the simulator finds A, B, C necessary \(C: /,
    );
  });
});
