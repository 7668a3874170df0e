/**
 * The facts golden: the simulator's output on every bank scenario, without its sentences, as captured before lib/netsim
 * was rebuilt in layers. A scenario whose source changed since (an edit to the bank) is skipped; the golden still has
 * to cover most of the bank. Regenerate deliberately with NETSIM_GOLDEN=write and say why in the commit.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bankScenarios, sourceHash } from "./bank";
import { scenarioFacts } from "./facts";

const GOLDEN = path.resolve(import.meta.dirname, "facts-golden.json");
type Golden = Record<string, { hash: string; facts: unknown }>;

describe("facts golden", async () => {
  const bank = await bankScenarios();
  if (process.env.NETSIM_GOLDEN === "write") {
    const golden: Golden = {};
    for (const b of bank)
      golden[b.id] = { hash: sourceHash(b.source), facts: JSON.parse(JSON.stringify(scenarioFacts(b))) };
    // One line per scenario: a regenerated golden diffs by question.
    const lines = Object.entries(golden).map(([id, g]) => `${JSON.stringify(id)}: ${JSON.stringify(g)}`);
    writeFileSync(GOLDEN, `{\n${lines.join(",\n")}\n}\n`);
  }
  const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Golden;
  const covered = bank.filter((b) => golden[b.id]?.hash === sourceHash(b.source));

  it("covers most of the bank", () => {
    expect(covered.length).toBeGreaterThanOrEqual(Math.min(30, bank.length));
  });

  it.each(covered.map((b) => [b.id, b] as const))("%s: same facts as the golden", (id, b) => {
    expect(JSON.parse(JSON.stringify(scenarioFacts(b)))).toEqual(golden[id]?.facts);
  });
});
