/**
 * Path constraints on a goal flow (SCENARIO.md §3c): `avoid: [nat-gateway]` says the flow's requests must not pass a NAT
 * gateway (e.g. "reach S3 privately without NAT gateway data processing charges" [VPC-PRICING]). A goal whose exchange
 * is delivered but whose request passed an avoided component is not met; the counterexample is the step that passed it.
 */
import { fact } from "../core/fact";
import type { Walk } from "../core/walk-state";
import type { FlowResult } from "../core/trace";
import type { Flow } from "../scenario/schema";

/** Components that charge per GB of data they process [VPC-PRICING], [PL-PRICING], [TGW-PRICING]. */
const CHARGES_PER_GB = new Set(["nat-gateway", "interface-endpoint", "transit-gateway"]);

/** `result` with the flow's path constraints applied: unchanged unless a delivered goal passed an avoided component. */
export function withConstraints(result: FlowResult, w: Walk, flow: Flow): FlowResult {
  const avoid = flow.avoid;
  if (!avoid || result.role !== "goal" || result.verdict !== "delivered") return result;
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
