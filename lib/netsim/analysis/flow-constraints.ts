/**
 * Path constraints on a goal flow (SCENARIO.md §3d): `avoid: [nat-gateway]` says the flow's requests must not pass a NAT
 * gateway (e.g. "reach S3 privately without NAT gateway data processing charges" [VPC-PRICING]). A goal whose exchange
 * is delivered but whose request passed an avoided component is not met; the counterexample is the step that passed it.
 */
import { fact } from "../core/fact";
import { ipToString } from "../core/address";
import type { Model } from "../aws/model";
import type { ClientIpSource } from "../aws/schema-policy";
import type { Walk } from "../core/walk-state";
import type { FlowResult } from "../core/trace";
import type { Flow } from "../scenario/schema";

/** Components that charge per GB of data they process [VPC-PRICING], [PL-PRICING], [TGW-PRICING]. */
const CHARGES_PER_GB = new Set(["nat-gateway", "interface-endpoint", "transit-gateway"]);

/** `result` with the flow's path constraints applied: unchanged unless a delivered goal passed an avoided component. */
export function withConstraints(result: FlowResult, w: Walk, flow: Flow): FlowResult {
  if (result.role !== "goal" || result.verdict !== "delivered") return result;
  const avoided = withAvoid(result, w, flow);
  return avoided !== result || !flow.observe ? avoided : withObservation(result, w.model, flow);
}

function withAvoid(result: FlowResult, w: Walk, flow: Flow): FlowResult {
  const avoid = flow.avoid;
  if (!avoid) return result;
  const hit = w.passed.find((h) => (avoid as readonly string[]).includes(h.hop));
  if (!hit) return result;
  const cause = fact("flowPassesAvoided", {
    flow: result.flow,
    hop: hit.hop,
    node: hit.node,
    isNatGateway: hit.hop === "nat-gateway",
    isInterfaceEndpoint: hit.hop === "interface-endpoint",
    isInternetGateway: hit.hop === "internet-gateway",
    isTransitGateway: hit.hop === "transit-gateway",
    isPeering: hit.hop === "peering",
    isChargedPerGb: CHARGES_PER_GB.has(hit.hop),
  });
  return {
    ...result,
    isSatisfied: false,
    counterexample: { variable: "", packet: hit.packet, step: hit.step, reason: "PATH_CONSTRAINT", fact: cause },
    summary: fact("flowAvoidedHop", { flow: result.flow, os: result.os, cause }),
  };
}

type Observation = { sees: string | null; from: ClientIpSource; isUnparsable: boolean };

/** What the application on `target` behind load balancer `lb` takes for the client's address. */
function observedClientIp(m: Model, lb: string, target: string, client: string): Observation {
  const kind = m.lbs[lb];
  const lbAddress = m.enis[lb]?.ip;
  const settings = m.observation?.lbs[lb] ?? {};
  const from = m.observation?.hosts[target] ?? "source";
  const lbIp = lbAddress ? ipToString(lbAddress) : null;
  if (!kind) return { sees: null, from, isUnparsable: false };
  // What reaches the load balancer: the client's address, or an accelerator's without client IP preservation [GA-IP].
  const seen = settings.accelerator && !settings.accelerator.preserveClientIp ? "global-accelerator" : client;
  if (kind.type === "network") {
    const hasPp = settings.proxyProtocol === true;
    if (from === "proxy-protocol") return { sees: hasPp ? seen : null, from, isUnparsable: !hasPp };
    if (hasPp) return { sees: null, from, isUnparsable: true };
    if (from === "x-forwarded-for") return { sees: null, from, isUnparsable: false };
    return { sees: kind.isClientIpPreserved ? seen : lbIp, from, isUnparsable: false };
  }
  // Application (and Classic) Load Balancers proxy HTTP: a new connection from the load balancer's address.
  if (from === "x-forwarded-for") {
    const mode = settings.xffHeader ?? "append";
    return { sees: mode === "remove" ? null : seen, from, isUnparsable: false };
  }
  if (from === "proxy-protocol") return { sees: null, from, isUnparsable: true };
  return { sees: lbIp, from, isUnparsable: false };
}

/** `observe: [client-ip]`: every target of the load balancer the flow goes to must learn the client's own address. */
function withObservation(result: FlowResult, m: Model, flow: Flow): FlowResult {
  const lb = m.lbs[flow.to];
  const clientAddress = m.internet[flow.from]?.ip ?? m.enis[flow.from]?.ip;
  if (!lb || !clientAddress) return result;
  const client = ipToString(clientAddress);
  for (const target of [...new Set(lb.listeners.flatMap((l) => l.targets))]) {
    const o = observedClientIp(m, flow.to, target, client);
    if (o.sees === client) continue;
    const cause = fact("clientIpNotSeen", {
      target,
      lb: flow.to,
      client,
      sees: o.sees,
      isNothing: o.sees === null && !o.isUnparsable,
      isUnparsable: o.isUnparsable,
      isSource: o.from === "source",
      isXff: o.from === "x-forwarded-for",
      isProxyProtocol: o.from === "proxy-protocol",
    });
    return {
      ...result,
      isSatisfied: false,
      counterexample: { variable: "", packet: 0, step: 1, reason: "PATH_CONSTRAINT", fact: cause },
      summary: fact("flowAvoidedHop", { flow: result.flow, os: result.os, cause }),
    };
  }
  return result;
}
