/**
 * Browser entry point of the packet simulator: simulate, classify choices, validate an edited scenario (applying
 * changes and validating are an on-demand part in the browser: on-demand.ts), and the types of what they return. No
 * YAML parser, no zod schemas and no variants here (authoring.ts has parse, the schemas, the Markdown block and
 * variants): the player's and the sandbox's first load carry neither zod nor the catalogue of explanations in both
 * languages. Pure TypeScript, so it runs in the browser, the server and tests alike. Code outside
 * lib/netsim imports only the entry points (lint rule).
 */
export { simulate } from "./analysis/simulate";
export type { SimulateOptions } from "./analysis/simulate";
export { applyChoices } from "./on-demand";
export { compile as compileNetwork } from "./aws/model";
export type { Model as Network } from "./aws/model";
export { validateScenario } from "./on-demand";
export type { Problem as ScenarioProblem } from "./scenario/validate";
export { localized } from "./scenario/localized";
export type {
  Scenario,
  Flow,
  Change,
  Host,
  OsId,
  Nacl,
  NaclRule,
  SecurityGroup,
  SgRule,
  Localized,
} from "./scenario/schema";
export type {
  SimulationResult,
  ChoiceAnalysis,
  ChoiceVerdict,
  ChoiceVerdictKind,
  Layer,
  InvalidChange,
} from "./analysis/results";
export type {
  FlowResult,
  PacketTrace,
  Step,
  StepAction,
  Component,
  ReasonCode,
  Header,
  AddressLack,
  RuleRef,
  Text,
  Disposition,
  FlowVerdict,
  PortVariable,
  Counterexample,
} from "./core/trace";
export type { PortRange, PortSet } from "./core/port-set";
export { formatPortSet, parsePortSpec } from "./core/port-set";
export { ipFrom, ipToString } from "./core/address";
export type { IpAddress } from "./core/address";
export { cidrFrom, cidrToString } from "./core/cidr";
export { protoName } from "./core/rules";
export { OS_TABLE, ALL_CLIENT_OS } from "./core/operating-systems";
export { endpointLabel, explain, portsText, ruleLabel } from "./explain/explain";
export { areOnDemandPartsLoaded, loadOnDemandParts, reloadOnDemandParts, PartsNotLoaded } from "./on-demand";
export type { OnDemandPart } from "./on-demand";
export type { ExplainLocale, ExplainMessages } from "./explain/explain";
export type { Fact, FactValue } from "./core/fact";
export { SERVICES as AWS_API_SERVICES } from "./aws/service-ranges";
