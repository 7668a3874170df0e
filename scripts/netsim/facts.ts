/**
 * The simulator's output as facts: everything except sentences. Used by the facts golden, which pins the analysis of
 * every bank scenario across refactors (the words may change; the verdicts, steps, rules and ports may not).
 */
import { simulate } from "@/lib/netsim/authoring";
import { analyzeChoices } from "@/lib/netsim/analyze";
import type { BankScenario } from "./bank";

/** Drops sentence fields (`text`, `label`, `summary`, a choice's `reason` sentence, and the explain layer's `fact`). */
export function factsOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(factsOnly);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "text" || k === "label" || k === "summary" || k === "fact") continue;
    if (k === "reason" && typeof v === "object" && v !== null) continue;
    if (v === undefined) continue;
    out[k] = factsOnly(v);
  }
  return out;
}

export function scenarioFacts(b: BankScenario): unknown {
  const simulation = simulate(b.scenario);
  const withKey = b.expectedKey.length > 0 ? simulate(b.scenario, { choices: b.expectedKey }) : null;
  const hasChoices = Object.keys(b.scenario.choices).length > 0;
  const analysis = hasChoices
    ? analyzeChoices(b.scenario, {
        expectedKey: b.expectedKey,
        ...(b.choose !== undefined ? { choose: b.choose } : {}),
      })
    : null;
  return factsOnly({ simulation, withKey, analysis });
}
