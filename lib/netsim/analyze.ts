import type { Scenario } from './schema';
import type { ChoiceAnalysis } from './results';

export type AnalyzeOptions = { expectedKey?: string[] };

/** Classifies every choice and derives the answer key. */
export function analyzeChoices(scenario: Scenario, options: AnalyzeOptions = {}): ChoiceAnalysis {
  void scenario;
  return { choices: {}, derivedKey: [], alternatives: [], expectedKey: options.expectedKey, baseline: { isGoalMet: false, failing: [] }, clientPorts: {} };
}
