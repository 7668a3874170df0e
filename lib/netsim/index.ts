/**
 * Public API of the packet simulator. Pure TypeScript: imports only zod, yaml and itself, so it runs in
 * the browser and in tests alike (house style habit 7). Everything returned is JSON-serialisable.
 */
export { parseScenario } from './parse';
export type { ScenarioError, ParseResult } from './parse';
export { simulate } from './simulate';
export type { SimulateOptions } from './simulate';
export { analyzeChoices } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { extractNetsimBlock } from './markdown-block';
export { scenarioSchema } from './schema';
export type { Scenario, Flow, Change, OsId } from './schema';
export type { SimulationResult, ChoiceAnalysis, ChoiceVerdict, ChoiceVerdictKind, Layer, InvalidChange } from './results';
export type {
  FlowResult, PacketTrace, Step, StepAction, Component, ReasonCode, Header, RuleRef, Text, Disposition, FlowVerdict,
  PortVariable, Counterexample,
} from './trace';
export type { PortRange, PortSet } from './port-set';
export { OS_TABLE, ALL_CLIENT_OS } from './operating-systems';
