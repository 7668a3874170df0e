/**
 * The sandbox's edits and fired packet, kept in the URL so a setup can be shared: `scenario=<question id>`,
 * `packet=<from>><to>:<app>` and `edits=<base64url JSON>` of the network ACLs and security groups changed.
 * No zod here: this runs in the browser; the server decodes `edits` with sandbox-edits.ts.
 */
import {
  applyChoices,
  AWS_API_SERVICES,
  type Change,
  type Fact,
  type Flow,
  type Host,
  type Nacl,
  type Scenario,
  type SecurityGroup,
} from "@/lib/netsim";
import { applyBuilds, type NetworkBuild, type Refusal } from "@/lib/netsim-ui/sandbox-build";
import { checkPacket, type FieldError } from "@/lib/netsim-ui/sandbox-fields";

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

/** The scenario with the edits put in place (NACLs and groups only by names the scenario has; new hosts by new names). */
export function applyEdits(base: Scenario, edits: SandboxEdits): Scenario {
  return applyEditsWithProblems(base, edits).scenario;
}

/**
 * Like applyEdits, with what AWS would refuse: network changes (each skipped, with its reason as a fact) and network
 * builds (each skipped, with its kind). A host in a VPC a skipped build would have made is left out, never an error.
 */
export function applyEditsWithProblems(
  base: Scenario,
  edits: SandboxEdits,
): { scenario: Scenario; refused: { change: number; reason: Fact }[]; unbuilt: Refusal[] } {
  const built = applyBuilds(base, edits.network ?? []);
  const current = built.scenario;
  const pick = <T>(items: Record<string, T>, changed: Record<string, T> | undefined) =>
    Object.fromEntries(Object.entries(items).map(([name, value]) => [name, changed?.[name] ?? value]));
  const added = Object.fromEntries(
    Object.entries(edits.hosts ?? {}).filter(
      ([name, host]) => !(name in current.hosts) && !(name in current.internet) && host.subnet in current.subnets,
    ),
  );
  const edited: Scenario = {
    ...current,
    nacls: pick(current.nacls, edits.nacls),
    securityGroups: pick(current.securityGroups, edits.securityGroups),
    hosts: { ...current.hosts, ...added },
  };
  if (!edits.changes || edits.changes.length === 0) return { scenario: edited, refused: [], unbuilt: built.refused };
  const { scenario, invalid } = applyChoices({ ...edited, choices: { Z: edits.changes } }, ["Z"]);
  return {
    scenario: { ...scenario, choices: base.choices },
    refused: invalid.map((x) => ({ change: x.change, reason: x.reason })),
    unbuilt: built.refused,
  };
}

/** A packet of one's own; to an AWS service it may name the API action and resource endpoint policies match. */
export type Packet = { from: string; to: string; app: string; action?: string; resource?: string };

/** `from>to:app`, then `|action|resource` when either is given (an ARN holds `:` and `/`, never `|`). */
export function encodePacket(packet: Packet): string {
  const extras = packet.action || packet.resource ? `|${packet.action ?? ""}|${packet.resource ?? ""}` : "";
  return `${packet.from}>${packet.to}:${packet.app}${extras}`;
}

export function decodePacket(text: string | undefined, endpoints: readonly string[]): Packet | null {
  return readPacketParam(text, endpoints).packet;
}

/** The `packet` URL parameter: the packet, or why it cannot be sent (then the sandbox shows its last valid state). */
export function readPacketParam(
  text: string | undefined,
  endpoints: readonly string[],
): { packet: Packet | null; error: FieldError | null } {
  if (!text) return { packet: null, error: null };
  const [head = "", action = "", resource = "", ...rest] = text.split("|");
  if (rest.length > 0 || action.length > 200 || resource.length > 500) return { packet: null, error: "app" };
  const match = /^([^>:]+)>([^>:]+):(.+)$/.exec(head);
  if (!match) return { packet: null, error: "app" };
  const [, from = "", to = "", app = ""] = match;
  const checked = checkPacket({ from, to, app }, endpoints);
  if (!checked.ok)
    return { packet: null, error: checked.errors.app ?? checked.errors.to ?? checked.errors.from ?? "app" };
  const extras = { ...(action ? { action } : {}), ...(resource ? { resource } : {}) };
  return { packet: { ...checked.value, ...extras }, error: null };
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
