/**
 * What of a stored scenario may leave the server. The player gets it without `key` (the answer marks); the sandbox
 * gets only the baseline network and flows, without `choices` either, so it reveals nothing about any answer.
 */
import { scenarioSchema, type Scenario } from "@/lib/netsim/authoring";

/** The stored JSON as a Scenario without its key, or null when it no longer matches the simulator's format. */
export function playerScenarioFrom(stored: unknown): Scenario | null {
  const parsed = scenarioSchema.safeParse(stored);
  if (!parsed.success) return null;
  const { key: _key, ...rest } = parsed.data;
  return rest;
}

/** The baseline of a stored scenario for the sandbox: no key, no choices. */
export function sandboxScenarioFrom(stored: unknown): Scenario | null {
  const scenario = playerScenarioFrom(stored);
  return scenario ? { ...scenario, choices: {} } : null;
}
