/**
 * Authoring entry point: everything in index.ts plus reading scenarios from YAML and Markdown (the CLI, the content
 * checker, tests). Not for the browser bundle: it pulls in the YAML parser. Its analyzeChoices gives every verdict's
 * reason in both languages too (`reason.ja`, `reason.en` beside the fact's code), for authors' messages.
 */
import "./on-demand-static";
import { analyzeChoices as analyze, type AnalyzeOptions } from "./analysis/analyze";
import { explainText } from "./explain/texts";
import type { ChoiceAnalysis, ChoiceVerdict } from "./analysis/results";
import type { Fact } from "./core/fact";
import type { Scenario } from "./scenario/schema";
import type { Text } from "./core/trace";

export * from "./index";
export type { AnalyzeOptions } from "./analysis/analyze";
export {
  changeSchema,
  hostSchema,
  localizedSchema,
  nameSchema,
  naclSchema,
  securityGroupSchema,
  scenarioSchema,
} from "./scenario/schema";
export * from "./variants/index";
export { explainText, messagesFor, withTexts } from "./explain/texts";
export { parseScenario } from "./scenario/parse";
export type { ScenarioError, ParseResult } from "./scenario/parse";
export { extractNetsimBlock } from "./scenario/markdown-block";

export type ExplainedVerdict = Omit<ChoiceVerdict, "reason"> & { reason: Fact & Text };
export type ExplainedAnalysis = Omit<ChoiceAnalysis, "choices"> & { choices: Record<string, ExplainedVerdict> };

/** analyzeChoices with each choice's reason explained in Japanese and English. */
export function analyzeChoices(scenario: Scenario, options: AnalyzeOptions = {}): ExplainedAnalysis {
  const a = analyze(scenario, options);
  const choices: Record<string, ExplainedVerdict> = {};
  for (const [letter, v] of Object.entries(a.choices))
    choices[letter] = { ...v, reason: { ...v.reason, ...explainText(v.reason) } };
  return { ...a, choices };
}
