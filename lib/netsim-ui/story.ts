/**
 * A flow's packets as one numbered story (request, response, FTP data connection…) and where each step happens
 * in the topology diagram. Pure: shared by the player, its tests and the page-weight bench.
 */
import type { FlowResult, PacketTrace, Step } from "@/lib/netsim";

export type Frame = { packet: number; index: number; step: Step; trace: PacketTrace };

/** Every step of every packet of a flow, in order. */
export function framesOf(flow: FlowResult | undefined): Frame[] {
  if (!flow) return [];
  return flow.packets.flatMap((trace, packet) => trace.steps.map((step, index) => ({ packet, index, step, trace })));
}

const STOPS = new Set(["DENIED", "NO_ROUTE", "NULL_ROUTED", "LOOP"]);

/** True when this step stopped the packet (for every port, or the part of the range in `denied`). */
export function isDrop(step: Step): boolean {
  return STOPS.has(step.action);
}

/** How a packet ended, read from its last step (the trace's disposition does not say which side of a NACL denied it). */
export function packetOutcome(trace: PacketTrace): "delivered" | "dropped" | "left" {
  const last = trace.steps.at(-1);
  if (!last) return "dropped";
  if (isDrop(last)) return "dropped";
  return last.action === "EXITS_NETWORK" ? "left" : "delivered";
}

/** "web-sg (web)" → { name: "web-sg", context: "web" }; "igw" → { name: "igw", context: null }. */
export function splitNode(node: string): { name: string; context: string | null } {
  const match = /^(.*) \(([^()]*)\)$/.exec(node);
  return match ? { name: match[1] ?? node, context: match[2] ?? null } : { name: node, context: null };
}

/**
 * The diagram element a step happens at. Ids: `inet:<name>`, `host:<name>` (instances, NAT gateways, load
 * balancers, home LAN hosts), `sg:<eni>`, `nacl:<subnet>`, `rt:<subnet>`, `igw`, `eigw`, `router`.
 */
export function targetOf(step: Step): string {
  const { name, context } = splitNode(step.node);
  switch (step.component) {
    case "internet":
      return `inet:${name}`;
    case "instance":
    case "nat-gateway":
    case "load-balancer":
      return `host:${name}`;
    case "host-firewall":
      return `host:${context ?? name}`;
    case "security-group":
      return `sg:${context ?? name}`;
    case "network-acl":
      return `nacl:${context ?? name}`;
    case "route-table":
      return `rt:${context ?? name}`;
    case "internet-gateway":
      return "igw";
    case "egress-only-internet-gateway":
      return "eigw";
    case "home-router":
    case "isp":
      return "router";
    case "transit-gateway":
    case "peering-connection":
    case "vpn-gateway":
    case "vpc-endpoint":
      return `gw:${name}`;
    case "on-premises":
    case "aws-service":
      return `inet:${name}`;
    default:
      // A component the simulator adds later lands on the element of the same name (the layout aliases hosts).
      return `host:${name}`;
  }
}

/** The tables a step was decided by, including a security group step where no rule matched (`a+b/inbound/none`). */
export function matchedTablesOf(step: Step): string[] {
  const rule = step.rule;
  if (!rule) return [];
  const name = rule.id.split("/")[0] ?? "";
  if (rule.kind === "sg") return name.split("+").map((group) => `sg:${group}`);
  if (rule.kind === "nacl") return [`nacl:${name}`];
  if (rule.kind === "route") return [`route:${name}`];
  if (rule.kind === "home-filter" || rule.kind === "port-forward" || rule.kind === "dmz") return ["home:router"];
  return [];
}

/** Which rule-table row a step matched: `nacl:<name>/<dir>/<n|*>`, `sg:<group>/<dir>/<i>`, `route:<table>/<cidr>`. */
export function matchedRowOf(step: Step): string | null {
  const rule = step.rule;
  if (!rule) return null;
  if (rule.kind === "nacl") return `nacl:${rule.id}`;
  if (rule.kind === "sg") return `sg:${rule.id}`;
  if (rule.kind === "route") return `route:${rule.id}`;
  if (rule.kind === "home-filter" || rule.kind === "port-forward" || rule.kind === "dmz") return `home:${rule.id}`;
  return null;
}

/** The ports of a header as text ("80", "32768-60999", "-"). */
export function formatPorts(ports: readonly { from: number; to: number }[] | null): string {
  if (ports === null) return "-";
  if (ports.length === 0) return "none";
  if (ports.length === 1 && ports[0]?.from === 0 && ports[0]?.to === 65535) return "all";
  return ports.map((range) => (range.from === range.to ? String(range.from) : `${range.from}-${range.to}`)).join(", ");
}

/** Whether a step changed the header (NAT, IGW 1:1 translation, port forward). */
export function isTranslated(step: Step): boolean {
  const a = step.before;
  const b = step.after;
  return (
    a.src !== b.src ||
    a.dst !== b.dst ||
    formatPorts(a.srcPorts) !== formatPorts(b.srcPorts) ||
    formatPorts(a.dstPorts) !== formatPorts(b.dstPorts)
  );
}

/**
 * The label of a step's action or component. A value the simulator adds later shows as its code until it is
 * translated, instead of breaking the build of every page.
 */
export function labelOf(labels: Readonly<Record<string, string>>, key: string): string {
  return labels[key] ?? key;
}
