/**
 * The sandbox's light helpers: what the first view needs (who can send, the packet as a flow, the URL encodings).
 * Kept apart from sandbox-state.ts so the page's first load does not carry the code that applies builds and edits
 * (sandbox.tsx fetches that only when there are edits) or the field checkers (fetched when a packet is sent).
 */
import {
  AWS_API_SERVICES,
  type Flow,
  type Host,
  type Nacl,
  type Scenario,
  type SecurityGroup,
  type Change,
} from "@/lib/netsim";
import type { NetworkBuild } from "@/lib/netsim-ui/sandbox-build";

/**
 * What the sandbox changed: network builds (VPCs, transit gateways, on-premises networks: sandbox-build.ts) first,
 * network ACLs and security groups by name with their full rule lists, hosts added, and network changes in the
 * scenario format's own words (routes, public IPs, the internet gateway, peerings, endpoints …), applied in order.
 */
export type SandboxEdits = {
  network?: NetworkBuild[];
  nacls?: Record<string, Nacl>;
  securityGroups?: Record<string, SecurityGroup>;
  hosts?: Record<string, Host>;
  changes?: Change[];
};

export const SANDBOX_APPS = [
  "http",
  "https",
  "ssh",
  "rdp",
  "mysql",
  "dns",
  "ntp",
  "ping",
  "ftp-passive",
  "ftp-active",
] as const;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function encodeEdits(edits: SandboxEdits): string {
  return toBase64Url(JSON.stringify(edits));
}

/** A packet of one's own; to an AWS service it may name the API action and resource endpoint policies match. */
export type Packet = { from: string; to: string; app: string; action?: string; resource?: string };

/** `from>to:app`, then `|action|resource` when either is given (an ARN holds `:` and `/`, never `|`). */
export function encodePacket(packet: Packet): string {
  const extras = packet.action || packet.resource ? `|${packet.action ?? ""}|${packet.resource ?? ""}` : "";
  return `${packet.from}>${packet.to}:${packet.app}${extras}`;
}

/** Adds the fired packet as the first goal flow, so the player opens on it. */
export function withPacket(scenario: Scenario, packet: Packet | null, name: string): Scenario {
  if (!packet) return scenario;
  const flow: Flow = {
    name,
    from: packet.from,
    to: packet.to,
    app: packet.app,
    family: "ipv4",
    ...(packet.action ? { action: packet.action } : {}),
    ...(packet.resource ? { resource: packet.resource } : {}),
  };
  return { ...scenario, goals: [flow, ...scenario.goals] };
}

/** Who can send a packet: the scenario's hosts, internet hosts, home LAN hosts and on-premises hosts. */
export function sendersOf(scenario: Scenario): string[] {
  return [
    ...Object.keys(scenario.internet),
    ...Object.keys(scenario.hosts),
    ...Object.keys(scenario.home?.hosts ?? {}),
    ...Object.values(scenario.onPremises).flatMap((network) => Object.keys(network.hosts)),
  ];
}

/**
 * Who can send or receive a packet: the senders, load balancers, and (in a scenario with a VPC) endpoint services
 * and AWS services (S3, SQS … reached through the internet or a VPC endpoint).
 */
export function endpointsOf(scenario: Scenario): string[] {
  const services = scenario.vpc ? [...Object.keys(scenario.endpointServices), ...AWS_API_SERVICES] : [];
  return [...new Set([...sendersOf(scenario), ...Object.keys(scenario.loadBalancers), ...services])];
}
