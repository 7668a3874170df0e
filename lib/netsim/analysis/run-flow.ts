/**
 * Runs one flow (all its connections: request and response, FTP control and data, LB front and back)
 * as a symbolic walk, then reads the per-OS verdict off the surviving port sets.
 */
import { appFrom, type AppSpec } from "../core/apps";
import { firstPort, hasPort, intersect, isEmpty, portSetEquals, subtract, type PortSet } from "../core/port-set";
import { fact, pendingFact, type Fact, type LazyFact } from "../core/fact";
import { addVar, fixed, newWalk, type Walk } from "../core/walk-state";
import { addressFor, endpointOf, exchange } from "../aws/flow-exchange";
import { runFtp } from "../aws/flow-ftp";
import { runLoadBalancer } from "../aws/flow-load-balancer";
import { awsService, awsServiceAt } from "../aws/flow-aws-service";
import type { Model } from "../aws/model";
import type { Flow, OsId } from "../scenario/schema";
import type { Counterexample, FlowResult, FlowVerdict, PortVariable } from "../core/trace";
import { isHomeEndpoint, runHomeFlow } from "../on-demand";
import { AWS_SERVICES } from "../scenario/names";
import { SERVICES as AWS_API_SERVICES } from "../aws/service-ranges";
import { runPrivateLink, runServiceFlow } from "../aws/flow-service";
import { withConstraints } from "./flow-constraints";

export { endpointOf } from "../aws/flow-exchange";
export type FlowRun = { walk: Walk; clientVars: string[] };

const CLIENT_PORT_LABEL = fact("varClientPort");

export function walkFlow(
  m: Model,
  flow: Flow,
  clientPorts: PortSet,
  opts: { isExplained: boolean; isProbe?: boolean },
): FlowRun {
  const w = newWalk(m, opts.isExplained, opts.isProbe === true);
  const app = appFrom(flow.app, flow.proto, flow.port) as AppSpec;
  if (isHomeEndpoint(m, flow.from) || isHomeEndpoint(m, flow.to)) {
    runHomeFlow(w, flow, app, clientPorts);
    return { walk: w, clientVars: ["client-port", "client-data-port"] };
  }
  const from = endpointOf(m, flow.from);
  if (flow.action !== undefined || flow.resource !== undefined || flow.endpoint !== undefined)
    w.request = {
      ...(flow.action !== undefined ? { action: flow.action } : {}),
      ...(flow.resource !== undefined ? { resource: flow.resource } : {}),
      ...(flow.endpoint !== undefined ? { endpoint: flow.endpoint } : {}),
    };
  if (from && m.connect?.endpointServices[flow.to]) {
    w.finalConn = "front";
    const lb = m.connect.endpointServices[flow.to]?.lb ?? "";
    const targets = m.lbs[lb]?.listeners.find((l) => l.port === (app.kind === "l4" ? app.port : 443))?.targets ?? [];
    if (targets.length > 0) w.finalConn = `back:${targets[targets.length - 1] ?? ""}`;
    runPrivateLink(w, from, flow.to, app, clientPorts);
    return { walk: w, clientVars: ["client-port"] };
  }
  if (from && (AWS_API_SERVICES as readonly string[]).includes(flow.to)) {
    runServiceFlow(w, from, flow.to, flow.region, app, clientPorts);
    return { walk: w, clientVars: ["client-port"] };
  }
  if (from?.kind === "eni" && (AWS_SERVICES as readonly string[]).includes(flow.to)) {
    awsService(w, from.eni, flow.to, app, clientPorts);
    return { walk: w, clientVars: ["client-port"] };
  }
  const to = endpointOf(m, flow.to);
  // An endpoint service a choice creates does not exist yet: the same walk finds no endpoint for it (SCENARIO.md §4b).
  if (from && !to) {
    runPrivateLink(w, from, flow.to, app, clientPorts);
    return { walk: w, clientVars: ["client-port"] };
  }
  if (!from || !to) return { walk: w, clientVars: [] };
  // A literal address of an AWS service is that service (the VPC base + 2 is the DNS resolver, 169.254.169.254 IMDS …).
  if (from.kind === "eni" && to.kind === "internet" && !m.internet[flow.to]) {
    const service = awsServiceAt(m, to.host.ip);
    if (service) {
      awsService(w, from.eni, service, app, clientPorts, to.host.ip);
      return { walk: w, clientVars: ["client-port"] };
    }
  }
  const family = flow.family === "ipv6" ? 6 : 4;
  const toName = flow.to;
  if (app.kind === "ftp") w.finalConn = "data";
  if (to.kind === "eni" && to.eni.kind === "lb") {
    const targets =
      m.lbs[to.eni.name]?.listeners.find((l) => l.port === (app.kind === "l4" ? app.port : 80))?.targets ?? [];
    w.finalConn = targets.length > 0 ? `back:${targets[targets.length - 1] ?? ""}` : "front";
    runLoadBalancer(w, from, to.eni, app, family, clientPorts);
    return { walk: w, clientVars: ["client-port"] };
  }
  const dst = addressFor(from, to, family);
  if (app.kind === "l4") {
    const c = addVar(w, "client-port", CLIENT_PORT_LABEL, clientPorts);
    exchange(w, "main", fact("labelRequest", { app: app.label }), from, dst, app.proto, c, fixed(app.port), toName);
  } else if (app.kind === "ping") {
    exchange(w, "main", fact("labelPing"), from, dst, family === 6 ? "icmpv6" : "icmp", null, null, toName);
  } else {
    runFtp(w, from, to, app.mode, dst, clientPorts, toName);
  }
  return { walk: w, clientVars: ["client-port", "client-data-port"] };
}

/**
 * Reads the result for one OS out of a (possibly multi-OS) walk. Facts about ports name only this OS's client ports
 * (the walk may cover several OSes at once).
 */
export function flowResultFor(
  run: FlowRun,
  flow: Flow,
  flowName: string,
  role: "goal" | "forbidden",
  os: OsId,
  osPorts: PortSet,
  isLazy = false,
): FlowResult {
  const w = run.walk;
  const clip: Record<string, PortSet> = {};
  for (const id of run.clientVars) clip[id] = osPorts;
  const result = readResult(run, flowName, role, os, osPorts, (f) =>
    typeof f !== "function" ? f : isLazy ? pendingFact(() => underClip(w, clip, f)) : underClip(w, clip, f),
  );
  return withConstraints(result, w, flow);
}

function underClip(w: Walk, clip: Record<string, PortSet>, f: () => Fact): Fact {
  const prev = w.clip;
  w.clip = clip;
  try {
    return f();
  } finally {
    w.clip = prev;
  }
}

function readResult(
  run: FlowRun,
  flowName: string,
  role: "goal" | "forbidden",
  os: OsId,
  osPorts: PortSet,
  factFor: (f: LazyFact) => Fact,
): FlowResult {
  const w = run.walk;
  const variables: PortVariable[] = Object.entries(w.vars).map(([id, v]) => {
    const full = run.clientVars.includes(id) ? intersect(v.full, osPorts) : v.full;
    return { id, label: v.label, full, passing: intersect(v.alive, full) };
  });
  let verdict: FlowVerdict;
  let counterexample: Counterexample | undefined;
  if (w.dropped && (w.dropped.variable === null || !w.isProbe)) {
    verdict = "blocked";
    const d = w.dropped;
    const v = d.variable ? variables.find((x) => x.id === d.variable) : undefined;
    const port = v ? firstPort(subtract(v.full, v.passing)) : null;
    counterexample = {
      variable: d.variable ?? "",
      ...(port !== null ? { port } : {}),
      packet: d.packet,
      step: d.step,
      fact: factFor(d.fact),
      ...(d.reason ? { reason: d.reason } : {}),
      ...(d.rule ? { rule: d.rule } : {}),
    };
    // A variable killed entirely for this OS by an earlier step: point at that step instead.
    for (const x of variables) {
      if (!isEmpty(x.full) && isEmpty(x.passing)) {
        counterexample = killFor(w, x, firstPort(x.full) ?? 0, factFor) ?? counterexample;
        break;
      }
    }
  } else if (variables.some((x) => !isEmpty(x.full) && isEmpty(x.passing))) {
    verdict = "blocked";
    const x = variables.find((v) => !isEmpty(v.full) && isEmpty(v.passing)) as PortVariable;
    counterexample = killFor(w, x, firstPort(x.full) ?? 0, factFor);
  } else if (variables.some((x) => !portSetEquals(x.full, x.passing))) {
    verdict = "partial";
    const x = variables.find((v) => !portSetEquals(v.full, v.passing)) as PortVariable;
    counterexample = killFor(w, x, firstPort(subtract(x.full, x.passing)) ?? 0, factFor);
  } else {
    verdict = "delivered";
  }
  // A forbidden flow stays blocked only if its request never reaches the destination for any port (as in
  // Reachability Analyzer and Batfish, reachability is about the forward path): a reply dropped on the way back
  // does not make an exposed service safe.
  const arrived = w.arrived[w.finalConn];
  const isReached =
    arrived !== undefined &&
    Object.entries(arrived).every(([id, set]) => {
      const full = run.clientVars.includes(id) ? intersect(w.vars[id]?.full ?? [], osPorts) : (w.vars[id]?.full ?? []);
      return isEmpty(full) || !isEmpty(intersect(set, full));
    });
  const isSatisfied = role === "goal" ? verdict === "delivered" : !isReached;
  const result: FlowResult = {
    flow: flowName,
    role,
    os,
    verdict,
    isSatisfied,
    variables,
    packets: w.packets,
    summary: summaryOf(flowName, role, os, verdict, counterexample, isReached),
  };
  if (counterexample) result.counterexample = counterexample;
  return result;
}

function killFor(w: Walk, v: PortVariable, port: number, factFor: (f: LazyFact) => Fact): Counterexample | undefined {
  const k = w.kills.find((x) => x.variable === v.id && x.ports !== null && hasPort(x.ports, port));
  if (!k) return undefined;
  const c: Counterexample = { variable: v.id, port, packet: k.packet, step: k.step, fact: factFor(k.fact) };
  if (k.reason) c.reason = k.reason;
  if (k.rule) c.rule = k.rule;
  return c;
}

function summaryOf(
  flow: string,
  role: "goal" | "forbidden",
  os: OsId,
  verdict: FlowVerdict,
  c: Counterexample | undefined,
  isReached: boolean,
): Fact {
  if (role === "forbidden" && isReached && verdict !== "delivered")
    return { code: "flowRequestArrives", params: { flow, os } };
  if (verdict === "delivered") return { code: "flowDelivered", params: { flow, os } };
  const port = c && c.port !== undefined && c.port >= 0 ? c.port : null;
  if (verdict === "partial") return { code: "flowPartial", params: { flow, os, port, cause: c?.fact ?? null } };
  return { code: "flowBlocked", params: { flow, os, cause: c?.fact ?? null } };
}
