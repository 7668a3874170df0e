import type { Scenario, OsId } from './schema';
import type { SimulationResult } from './results';

export type SimulateOptions = { choices?: string[]; clientOs?: OsId };

/** Traces every goal and forbidden flow after applying the given choices' changes. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  void scenario;
  return { applied: options.choices ?? [], invalid: [], flows: [], isGoalMet: false };
}
