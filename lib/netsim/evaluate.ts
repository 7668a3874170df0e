/**
 * Evaluates a set of applied choices against the goals and forbidden flows, without building traces:
 * one walk per flow over the union of all its OSes' ephemeral ranges, then per-OS verdicts by intersection
 * (filters are monotone on port sets, so this equals one walk per OS).
 */
import { applyChoices } from './changes';
import { compile, type CompileCache } from './model';
import { flowName, flowOses } from './simulate';
import { flowResultFor, walkFlow } from './run-flow';
import { layerKey, unionAll } from './walk-state';
import type { Flow, OsId, Scenario } from './schema';
import type { Component, FlowResult } from './trace';

export type FlowEval = { flow: string; role: 'goal' | 'forbidden'; os: OsId; result: FlowResult; /** the flow's destination, for reasons */ to: string };
export type Evaluation = { isOk: boolean; flows: FlowEval[]; scenario: Scenario };

/**
 * Applies `letters` (in order) and evaluates every flow. With `isQuick`, stops at the first unmet flow: the
 * result then has `isOk: false` and only the flows evaluated so far (enough for the key search).
 */
export function evaluateChoices(base: Scenario, letters: readonly string[], isQuick = false, cache?: CompileCache): Evaluation {
  const { scenario } = applyChoices(base, letters, true);
  const m = compile(scenario, cache);
  const flows: FlowEval[] = [];
  const lists: [Flow[], 'goal' | 'forbidden'][] = [[scenario.goals, 'goal'], [scenario.forbidden, 'forbidden']];
  for (const [list, role] of lists) {
    for (let i = 0; i < list.length; i++) {
      const f = list[i] as Flow;
      const oses = flowOses(m, scenario, f);
      const walk = walkFlow(m, f, unionAll(oses.map((o) => o.ports)), { isExplained: false });
      const name = flowName(f, role, i);
      for (const o of oses) {
        const result = flowResultFor(walk, f, name, role, o.os, o.ports);
        flows.push({ flow: name, role, os: o.os, result, to: f.to });
        if (isQuick && !result.isSatisfied) return { isOk: false, flows, scenario };
      }
    }
  }
  return { isOk: flows.every((f) => f.result.isSatisfied), flows, scenario };
}

/** Layers of one forbidden flow's request: the filtering layers that deny it (with their node names) and every layer it reaches. */
export type FlowLayers = { denied: Map<string, { component: string; node: string }>; seen: Set<string> };

/** Every filtering layer that would deny each forbidden flow, and every layer its request reaches (probe walk: denials do not stop the packet). */
export function blockingLayers(base: Scenario, letters: readonly string[], cache?: CompileCache): Map<string, FlowLayers> {
  const { scenario } = applyChoices(base, letters, true);
  const m = compile(scenario, cache);
  const out = new Map<string, FlowLayers>();
  scenario.forbidden.forEach((f, i) => {
    const oses = flowOses(m, scenario, f);
    const walk = walkFlow(m, f, unionAll(oses.map((o) => o.ports)), { isExplained: false, isProbe: true });
    const denied = new Map<string, { component: string; node: string }>();
    for (const d of walk.walk.probeDenials) if (d.packet === 0) denied.set(layerKey(d.component, d.node), { component: d.component, node: d.node });
    out.set(flowName(f, 'forbidden', i), { denied, seen: walk.walk.probeSeen });
  });
  return out;
}

export function componentLayer(c: Component | undefined): 'security-group' | 'network-acl' | 'route-table' | 'gateway' | 'host-firewall' | 'home-router' | 'load-balancer' | undefined {
  switch (c) {
    case 'security-group': case 'network-acl': case 'route-table': case 'host-firewall': case 'home-router': case 'load-balancer': return c;
    case 'internet-gateway': case 'nat-gateway': case 'egress-only-internet-gateway': case 'internet': case 'isp': return 'gateway';
    default: return undefined;
  }
}
