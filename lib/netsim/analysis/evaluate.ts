/**
 * Evaluates a set of applied choices against the goals and forbidden flows, without building traces:
 * one walk per flow over the union of all its OSes' ephemeral ranges, then per-OS verdicts by intersection
 * (filters are monotone on port sets, so this equals one walk per OS).
 */
import { applyChoices } from "../aws/changes";
import { compile, type CompileCache, type Model } from "../aws/model";
import type { PortSet } from "../core/port-set";
import { flowName, flowOses } from "./simulate";
import { flowResultFor, walkFlow } from "./run-flow";
import { layerKey, unionAll } from "../core/walk-state";
import { failureLabel, goalsDown } from "./failures";
import type { Flow, OsId, Scenario } from "../scenario/schema";
import type { Component, FlowResult } from "../core/trace";

export type FlowEval = {
  flow: string;
  role: "goal" | "forbidden";
  os: OsId;
  result: FlowResult;
  /** the flow's destination, for reasons */ to: string;
  /** The component that is down while this goal is evaluated (SCENARIO.md §3c). */
  failure?: string;
};
export type Evaluation = { isOk: boolean; flows: FlowEval[]; scenario: Scenario };

/**
 * One set of applied choices, compiled once and shared by every question asked about it during an analysis: the quick
 * key-search evaluation, the full one, and the probe walk for defence in depth. Per-flow results are memoised, so a
 * full evaluation after a quick one walks only the flows the quick one did not reach.
 */
export type Prepared = {
  scenario: Scenario;
  model: Model;
  flows: (FlowEval[] | undefined)[];
  layers?: Map<string, FlowLayers>;
  cache?: CompileCache;
};

/** Applies `letters` in order (trusted: the caller knows each is valid) and compiles; `from` is a prepared prefix of `letters`. */
export function prepare(
  base: Scenario,
  letters: readonly string[],
  cache?: CompileCache,
  from?: { prepared: Prepared; length: number },
): Prepared {
  const scenario = from
    ? applyChoices(from.prepared.scenario, letters.slice(from.length), true).scenario
    : applyChoices(base, letters, true).scenario;
  return { scenario, model: compile(scenario, cache), flows: [], ...(cache ? { cache } : {}) };
}

/** Every (flow, OS) result of the scenario's i-th flow (goals first, then forbidden flows), walked once over the union of its OSes' ranges. */
function flowEvals(p: Prepared, i: number): FlowEval[] {
  const known = p.flows[i];
  if (known) return known;
  const { scenario, model } = p;
  const flowCount = scenario.goals.length + scenario.forbidden.length;
  if (i >= flowCount) return (p.flows[i] = goalsWithFailure(p, i - flowCount));
  const isGoal = i < scenario.goals.length;
  const role = isGoal ? ("goal" as const) : ("forbidden" as const);
  const index = isGoal ? i : i - scenario.goals.length;
  const f = (isGoal ? scenario.goals[index] : scenario.forbidden[index]) as Flow;
  const oses = flowOses(model, scenario, f);
  const walk = walkFlow(
    model,
    f,
    oses.length === 1 ? (oses[0] as { ports: PortSet }).ports : unionAll(oses.map((o) => o.ports)),
    { isExplained: false },
  );
  const name = flowName(f, role, index);
  const out = oses.map((o) => ({
    flow: name,
    role,
    os: o.os,
    result: flowResultFor(walk, f, name, role, o.os, o.ports, true),
    to: f.to,
  }));
  p.flows[i] = out;
  return out;
}

/** Evaluates every flow of a prepared set. With `isQuick`, stops at the first unmet flow (enough for the key search). */
export function evaluatePrepared(p: Prepared, isQuick = false): Evaluation {
  const flows: FlowEval[] = [];
  const count = p.scenario.goals.length + p.scenario.forbidden.length + p.scenario.failures.length;
  for (let i = 0; i < count; i++) {
    for (const e of flowEvals(p, i)) {
      flows.push(e);
      if (isQuick && !e.result.isSatisfied) return { isOk: false, flows, scenario: p.scenario };
    }
  }
  return { isOk: flows.every((f) => f.result.isSatisfied), flows, scenario: p.scenario };
}

/**
 * Applies `letters` (in order) and evaluates every flow. With `isQuick`, stops at the first unmet flow: the
 * result then has `isOk: false` and only the flows evaluated so far (enough for the key search).
 */
export function evaluateChoices(
  base: Scenario,
  letters: readonly string[],
  isQuick = false,
  cache?: CompileCache,
): Evaluation {
  return evaluatePrepared(prepare(base, letters, cache), isQuick);
}

/**
 * Every goal with the scenario's j-th failure in place (SCENARIO.md §3c). A goal whose client is down is not asked
 * for, but when every goal to one destination has lost its client, nothing of the application is left to reach it.
 */
function goalsWithFailure(p: Prepared, j: number): FlowEval[] {
  const failure = p.scenario.failures[j];
  if (!failure) return [];
  const label = failureLabel(failure);
  return goalsDown<FlowEval>(
    p.scenario,
    failure,
    (d) => compile(d, p.cache),
    (model, scenario, f, name) => {
      const oses = flowOses(model, scenario, f);
      const walk = walkFlow(model, f, unionAll(oses.map((o) => o.ports)), { isExplained: false });
      return oses.map((o) => ({
        flow: name,
        role: "goal" as const,
        to: f.to,
        failure: label,
        os: o.os,
        result: flowResultFor(walk, f, name, "goal", o.os, o.ports, true),
      }));
    },
    (f, name, result) => ({ flow: name, role: "goal", to: f.to, failure: label, os: result.os, result }),
  );
}

/** Layers of one forbidden flow's request: the filtering layers that deny it (with their node names) and every layer it reaches. */
export type FlowLayers = { denied: Map<string, { component: string; node: string }>; seen: Set<string> };

/** Every filtering layer that would deny each forbidden flow, and every layer its request reaches (probe walk: denials do not stop the packet). */
export function layersPrepared(p: Prepared): Map<string, FlowLayers> {
  if (p.layers) return p.layers;
  const { scenario, model: m } = p;
  const out = new Map<string, FlowLayers>();
  scenario.forbidden.forEach((f, i) => {
    const oses = flowOses(m, scenario, f);
    const walk = walkFlow(m, f, unionAll(oses.map((o) => o.ports)), { isExplained: false, isProbe: true });
    const denied = new Map<string, { component: string; node: string }>();
    for (const d of walk.walk.probeDenials)
      if (d.packet === 0) denied.set(layerKey(d.component, d.node), { component: d.component, node: d.node });
    out.set(flowName(f, "forbidden", i), { denied, seen: walk.walk.probeSeen });
  });
  p.layers = out;
  return out;
}

export function componentLayer(
  c: Component | undefined,
):
  | "security-group"
  | "network-acl"
  | "route-table"
  | "gateway"
  | "host-firewall"
  | "home-router"
  | "load-balancer"
  | undefined {
  switch (c) {
    case "security-group":
    case "network-acl":
    case "route-table":
    case "host-firewall":
    case "home-router":
    case "load-balancer":
      return c;
    case "internet-gateway":
    case "nat-gateway":
    case "egress-only-internet-gateway":
    case "internet":
    case "isp":
    case "peering-connection":
    case "transit-gateway":
    case "vpn-gateway":
    case "vpc-endpoint":
      return "gateway";
    default:
      return undefined;
  }
}
