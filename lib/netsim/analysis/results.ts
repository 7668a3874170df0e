/** Result shapes returned by simulate() and analyzeChoices(). Plain JSON (documented in SCENARIO.md, "JSON output"). */
import type { FlowResult } from "../core/trace";
import type { Fact } from "../core/fact";
import type { OsId } from "../scenario/schema";
import type { PortSet } from "../core/port-set";

/** `reason`: fact `changeInvalid` with the problem's kind and the validator's message for authors (`detail`). */
export type InvalidChange = { choice: string; change: number; reason: Fact };

export type SimulationResult = {
  /** Choice letters whose changes were applied, in order. */
  applied: string[];
  /** Changes that AWS (or the router) cannot express; they were skipped. */
  invalid: InvalidChange[];
  /** One result per flow and client OS: goals first, then forbidden flows, in scenario order. */
  flows: FlowResult[];
  /** True when every goal is delivered for every port and OS, and every forbidden flow stays blocked. */
  isGoalMet: boolean;
};

export type ChoiceVerdictKind = "needed" | "not-needed" | "invalid" | "too-permissive" | "harmful";
export type Layer =
  "security-group" | "network-acl" | "route-table" | "gateway" | "host-firewall" | "home-router" | "load-balancer";

export type ChoiceVerdict = {
  choice: string;
  verdict: ChoiceVerdictKind;
  reason: Fact;
  layer?: Layer;
  /** For a too-permissive or insufficient choice: a flow, OS and port that shows it. */
  counterexample?: { flow: string; os: OsId; port?: number; fact: Fact };
};

export type ChoiceAnalysis = {
  choices: Record<string, ChoiceVerdict>;
  /** Letters of the choices that together form the answer, sorted. Empty when no combination meets the goals. */
  derivedKey: string[];
  /** Other minimal combinations that also meet the goals (ambiguity warning for authors). */
  alternatives: string[][];
  /** The scenario's `key:` (or the question's [x] marks, passed by the caller) and whether it matches. */
  expectedKey?: string[];
  isKeyMatched?: boolean;
  baseline: { isGoalMet: boolean; failing: { flow: string; os: OsId; fact: Fact }[] };
  /** Ports: for reference, the client port ranges that were considered, per OS. */
  clientPorts: Partial<Record<OsId, PortSet>>;
};
