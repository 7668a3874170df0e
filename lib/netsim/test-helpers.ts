/** Test helpers: parse a scenario or fail loudly, and small YAML edits for variants. */
import { parseScenario } from "./scenario/parse";
import type { Scenario } from "./scenario/schema";

export function scenarioOf(source: string): Scenario {
  const r = parseScenario(source);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return r.scenario;
}

/** A deep copy with `edit` applied (scenarios are plain JSON). */
export function variant(s: Scenario, edit: (copy: Scenario) => void): Scenario {
  const copy = structuredClone(s) as Scenario;
  edit(copy);
  return copy;
}
