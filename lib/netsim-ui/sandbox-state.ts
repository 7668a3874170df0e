/**
 * The sandbox's edits and fired packet, kept in the URL so a setup can be shared: `scenario=<question id>`,
 * `packet=<from>><to>:<app>` and `edits=<base64url JSON>` of the network ACLs and security groups changed.
 * No zod here: this runs in the browser; the server decodes `edits` with sandbox-edits.ts.
 */
import type { Flow, Nacl, Scenario, SecurityGroup } from "@/lib/netsim";
import { checkPacket, type FieldError } from "@/lib/netsim-ui/sandbox-fields";

/** Network ACLs and security groups changed in the sandbox, by name, with their full rule lists. */
export type SandboxEdits = { nacls?: Record<string, Nacl>; securityGroups?: Record<string, SecurityGroup> };

export const SANDBOX_APPS = ["http", "https", "ssh", "rdp", "mysql", "dns", "ntp", "ping", "ftp-passive", "ftp-active"] as const;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function encodeEdits(edits: SandboxEdits): string {
  return toBase64Url(JSON.stringify(edits));
}

/** The scenario with the edited NACLs and groups put in place (only names the scenario already has). */
export function applyEdits(base: Scenario, edits: SandboxEdits): Scenario {
  const pick = <T>(current: Record<string, T>, changed: Record<string, T> | undefined) =>
    Object.fromEntries(Object.entries(current).map(([name, value]) => [name, changed?.[name] ?? value]));
  return { ...base, nacls: pick(base.nacls, edits.nacls), securityGroups: pick(base.securityGroups, edits.securityGroups) };
}

export type Packet = { from: string; to: string; app: string };

export function encodePacket(packet: Packet): string {
  return `${packet.from}>${packet.to}:${packet.app}`;
}

export function decodePacket(text: string | undefined, endpoints: readonly string[]): Packet | null {
  return readPacketParam(text, endpoints).packet;
}

/** The `packet` URL parameter: the packet, or why it cannot be sent (then the sandbox shows its last valid state). */
export function readPacketParam(text: string | undefined, endpoints: readonly string[]): { packet: Packet | null; error: FieldError | null } {
  if (!text) return { packet: null, error: null };
  const match = /^([^>:]+)>([^>:]+):(.+)$/.exec(text);
  if (!match) return { packet: null, error: "app" };
  const [, from = "", to = "", app = ""] = match;
  const checked = checkPacket({ from, to, app }, endpoints);
  if (!checked.ok) return { packet: null, error: checked.errors.app ?? checked.errors.to ?? checked.errors.from ?? "app" };
  return { packet: checked.value, error: null };
}

/** Adds the fired packet as the first goal flow, so the player opens on it. */
export function withPacket(scenario: Scenario, packet: Packet | null, name: string): Scenario {
  if (!packet) return scenario;
  const flow: Flow = { name, from: packet.from, to: packet.to, app: packet.app, family: "ipv4" };
  return { ...scenario, goals: [flow, ...scenario.goals] };
}

/** Who can send or receive a packet: the scenario's hosts, internet hosts and home LAN hosts. */
export function endpointsOf(scenario: Scenario): string[] {
  return [...Object.keys(scenario.internet), ...Object.keys(scenario.hosts), ...Object.keys(scenario.home?.hosts ?? {})];
}
