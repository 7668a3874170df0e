/**
 * Failures a design must survive (SCENARIO.md §3c): `failures:` names components (an Availability Zone, an on-premises
 * connection, a customer gateway device, a NAT gateway, an instance); every goal is evaluated once more with each one
 * down. This file turns a scenario into its degraded form and builds the results of goals that cannot run at all; it
 * also decides when a choice that uses what another choice creates is valid (SCENARIO.md §3c).
 */
import { fact, type Fact } from "../core/fact";
import { connectionsOf } from "../aws/zones";
import { applyChoices } from "../on-demand";
import type { FlowResult } from "../core/trace";
import type { Failure, Flow, OsId, Scenario } from "../scenario/schema";
import type { Model } from "../aws/model";

/** How a failure is named in flow names and sentences: the AZ or the component. */
export function failureLabel(f: Failure): string {
  return f.az ?? f.connection ?? f.customerGateway ?? f.natGateway ?? f.host ?? "";
}

/** The name a goal has when it is evaluated with `f` down: `<goal> (<component> down)`. */
export function flowNameDown(goal: string, f: Failure): string {
  return `${goal} (${failureLabel(f)} down)`;
}

export type Degraded = { scenario: Scenario; downHosts: Set<string> };

/**
 * The scenario with `f` down. In an AZ: its instances stop (they send and answer nothing), routes to its NAT gateways
 * and instances lead nowhere (blackhole), transit gateway attachments, interface endpoints and load balancers lose their
 * interface there. A connection or every connection of a customer gateway device: `state: down` (BGP withdraws its
 * routes; the gateway uses another connection by route priority, or none).
 */
export function degrade(s: Scenario, f: Failure): Degraded {
  const out = { ...s };
  const downHosts = new Set<string>();
  const downSubnets = new Set(
    f.az === undefined
      ? []
      : Object.entries(s.subnets)
          .filter(([, sub]) => sub.availabilityZone === f.az)
          .map(([n]) => n),
  );
  for (const [name, h] of Object.entries(s.hosts))
    if (downSubnets.has(h.subnet) || f.host === name) downHosts.add(name);
  const downTargets = new Set(downHosts);
  for (const [name, n] of Object.entries(s.natGateways))
    if (downSubnets.has(n.subnet) || f.natGateway === name) downTargets.add(name);
  if (downTargets.size > 0) {
    out.routeTables = Object.fromEntries(
      Object.entries(s.routeTables).map(([n, t]) => [
        n,
        { ...t, routes: t.routes.map((r) => (downTargets.has(r.via) ? { ...r, blackhole: true } : r)) },
      ]),
    );
    // Load balancers send nothing to a target that is down (health checks) while another target is left [ELB-AZ].
    out.loadBalancers = Object.fromEntries(
      Object.entries(s.loadBalancers).map(([n, lb]) => [
        n,
        { ...lb, listeners: lb.listeners.map((l) => ({ ...l, targets: l.targets.filter((t) => !downHosts.has(t)) })) },
      ]),
    );
    out.hosts = Object.fromEntries(
      Object.entries(s.hosts).map(([n, h]) => [n, downHosts.has(n) ? { ...h, listens: [] } : h]),
    );
  }
  if (downSubnets.size > 0) {
    const up = (list: readonly string[] | undefined) => (list ?? []).filter((x) => !downSubnets.has(x));
    out.transitGateways = Object.fromEntries(
      Object.entries(s.transitGateways).map(([n, g]) => [
        n,
        {
          ...g,
          attachments: Object.fromEntries(
            Object.entries(g.attachments).map(([an, a]) => [an, a.subnets ? { ...a, subnets: up(a.subnets) } : a]),
          ),
        },
      ]),
    );
    out.endpoints = Object.fromEntries(
      Object.entries(s.endpoints).map(([n, e]) => {
        if (e.type !== "interface") return [n, e];
        const keep = e.subnets.map((x, i) => (downSubnets.has(x) ? -1 : i)).filter((i) => i >= 0);
        return [
          n,
          {
            ...e,
            subnets: keep.map((i) => e.subnets[i] as string),
            ...(e.ips ? { ips: keep.map((i) => e.ips?.[i] as string) } : {}),
          },
        ];
      }),
    );
    out.loadBalancers = Object.fromEntries(
      Object.entries(out.loadBalancers).map(([n, lb]) => {
        const live = up([lb.subnet, ...(lb.subnets ?? [])]);
        if (live.length === 0 || !downSubnets.has(lb.subnet)) return [n, lb];
        return [n, { ...lb, subnet: live[0] as string, subnets: live }];
      }),
    );
  }
  if (f.connection !== undefined || f.customerGateway !== undefined) {
    out.onPremises = Object.fromEntries(
      Object.entries(s.onPremises).map(([name, n]) => {
        const down = (c: { name: string; connection: { customerGateway?: string | undefined } }) =>
          c.name === f.connection ||
          (f.customerGateway !== undefined && c.connection.customerGateway === f.customerGateway);
        const all = connectionsOf(name, n).map((c) =>
          down(c) ? { ...c.connection, state: "down" as const } : c.connection,
        );
        const [first, ...more] = all;
        return [
          name,
          { ...n, connection: first ?? n.connection, ...(more.length > 0 ? { moreConnections: more } : {}) },
        ];
      }),
    );
  }
  return { scenario: out, downHosts };
}

/** Wraps what went wrong with `f` down, so the sentence says under which failure the goal fails. */
export function whenDown(f: Failure, cause: Fact): Fact {
  return fact("whenDown", {
    component: failureLabel(f),
    isAz: f.az !== undefined,
    isComponent: f.az === undefined,
    cause,
  });
}

/** The result of a goal that cannot run with `f` down: its destination stopped, or no client of it is left. */
export function cannotRun(
  flow: string,
  os: OsId,
  f: Failure,
  why: "destination" | "no-client",
  host: string,
): FlowResult {
  const summary = whenDown(
    f,
    why === "destination" ? fact("failureHostDown", { host }) : fact("failureNoClient", { host }),
  );
  return {
    flow,
    role: "goal",
    os,
    verdict: "blocked",
    isSatisfied: false,
    variables: [],
    counterexample: { variable: "", packet: 0, step: 0, fact: summary },
    packets: [],
    summary,
  };
}

/**
 * A choice that uses what another choice creates (an endpoint service on the NLB another choice creates) is valid when
 * it applies after the choices that create those names (SCENARIO.md §3c); alone it then changes what it can.
 */
export function isValidAfterCreators(s: Scenario, l: string, letters: readonly string[]): boolean {
  const text = JSON.stringify(s.choices[l] ?? []);
  const makers = letters.filter((k) => {
    if (k === l) return false;
    const made = (s.choices[k] ?? []).flatMap((c) => [c.createLoadBalancer?.name, c.createEndpointService?.name]);
    return made.some((n) => n !== undefined && text.includes(`"${n}"`));
  });
  return makers.length > 0 && !applyChoices(s, [...makers, l]).invalid.some((x) => x.choice === l);
}

/**
 * Every goal with `failure` in place, by one rule for the analysis and for traces: a goal whose client is down is not
 * asked for; when every goal to one destination has lost its client, nothing of the application is left to reach it;
 * a goal whose destination is down fails. `run` walks one goal on the degraded network; a result that fails says under
 * which failure (`whenDown`).
 */
export function goalsDown<T extends { result: FlowResult } | FlowResult>(
  s: Scenario,
  failure: Failure,
  compileFor: (scenario: Scenario) => Model,
  run: (model: Model, scenario: Scenario, f: Flow, name: string) => T[],
  cannot: (f: Flow, name: string, result: FlowResult) => T,
): T[] {
  const { scenario, downHosts } = degrade(s, failure);
  const model = compileFor(scenario);
  const out: T[] = [];
  const clients = new Map<string, { f: Flow; name: string; isUp: boolean }>();
  scenario.goals.forEach((f, i) => {
    const name = flowNameDown(f.name ?? `goal-${i + 1}`, failure);
    const isUp = !downHosts.has(f.from);
    const seen = clients.get(f.to);
    if (!seen || isUp) clients.set(f.to, { f, name, isUp: isUp || seen?.isUp === true });
    if (!isUp) return;
    if (downHosts.has(f.to)) {
      out.push(cannot(f, name, cannotRun(name, "linux", failure, "destination", f.to)));
      return;
    }
    for (const r of run(model, scenario, f, name)) {
      const result = ("result" in r ? r.result : r) as FlowResult;
      if (!result.isSatisfied) {
        result.summary = whenDown(failure, result.summary);
        if (result.counterexample) result.counterexample.fact = whenDown(failure, result.counterexample.fact);
      }
      out.push(r);
    }
  });
  for (const [to, c] of clients)
    if (!c.isUp) out.push(cannot(c.f, c.name, cannotRun(c.name, "linux", failure, "no-client", to)));
  return out;
}
