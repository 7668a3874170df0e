/**
 * Checks of every sandbox field, shared by the form (a message beside the field) and the URL (a message above the
 * last valid state): ports 1-65535, port ranges, protocols, CIDR blocks, NACL rule numbers, endpoints and services.
 * Pure; runs in the browser and on the server. Each error is a key of `netsim.sandbox.errors` (the packet's, which the
 * first view shows) or of the editors' errors (lib/i18n/messages/netsim-sandbox-editor.ts, loaded with the editors).
 */
import { cidrFrom, ipFrom, type Change } from "@/lib/netsim";

/** What the packet form and the URL's packet can be refused for. */
export type PacketFieldError = "port" | "endpoint" | "sameEndpoint" | "app";
/** What the editors' fields can be refused for. */
export type EditorFieldError = "ports" | "proto" | "cidr" | "ruleNumber" | "name" | "ip" | "policy";
export type FieldError = PacketFieldError | EditorFieldError;
export type Checked<T, E extends FieldError = FieldError> = { ok: true; value: T } | { ok: false; error: E };

export const SANDBOX_PROTOS = ["tcp", "udp", "icmp", "all"] as const;
export type SandboxProto = (typeof SANDBOX_PROTOS)[number];
const NAMED_APPS = [
  "http",
  "https",
  "ssh",
  "rdp",
  "smtp",
  "mysql",
  "postgres",
  "dns",
  "dns-tcp",
  "ntp",
  "ping",
  "ftp-passive",
  "ftp-active",
];

function portNumber(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : null;
}

/** One destination port: 1-65535 (0 is no port a service listens on). */
export function checkPort(text: string): Checked<number, "port"> {
  const n = portNumber(text.trim());
  return n === null ? { ok: false, error: "port" } : { ok: true, value: n };
}

/** A rule's ports: `all`, `80` or `1024-65535` (each end 1-65535, low to high). Empty means all. */
export function checkPorts(text: string): Checked<number | string | undefined> {
  const t = text.trim().toLowerCase();
  if (t === "" || t === "all") return { ok: true, value: t === "" ? undefined : "all" };
  const single = portNumber(t);
  if (single !== null) return { ok: true, value: single };
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(t);
  const lo = m ? portNumber(m[1] ?? "") : null;
  const hi = m ? portNumber(m[2] ?? "") : null;
  return lo !== null && hi !== null && lo <= hi ? { ok: true, value: `${lo}-${hi}` } : { ok: false, error: "ports" };
}

export function checkProto(text: string): Checked<SandboxProto> {
  const p = SANDBOX_PROTOS.find((x) => x === text.trim().toLowerCase());
  return p ? { ok: true, value: p } : { ok: false, error: "proto" };
}

/** An IPv4 or IPv6 CIDR block (an address alone is a /32 or /128). */
export function checkCidr(text: string): Checked<string> {
  const t = text.trim();
  return t !== "" && cidrFrom(t) ? { ok: true, value: t } : { ok: false, error: "cidr" };
}

/** A NACL rule number: 1-32766 (32767 and up are AWS's own). */
export function checkRuleNumber(text: string): Checked<number> {
  const t = text.trim();
  const n = /^\d{1,5}$/.test(t) ? Number(t) : NaN;
  return n >= 1 && n <= 32766 ? { ok: true, value: n } : { ok: false, error: "ruleNumber" };
}

/** A service: a named one (http, dns …) or tcp/N, udp/N with N in 1-65535. */
export function checkApp(text: string): Checked<string, "app"> {
  const t = text.trim().toLowerCase();
  if (NAMED_APPS.includes(t)) return { ok: true, value: t };
  const m = /^(tcp|udp)\/(\d{1,5})$/.exec(t);
  return m && portNumber(m[2] ?? "") !== null ? { ok: true, value: t } : { ok: false, error: "app" };
}

export type PacketFields = { from: string; to: string; app: string };

/** The packet form or URL: both ends known and different, the service valid. Errors by field. */
export function checkPacket(
  fields: PacketFields,
  endpoints: readonly string[],
): { ok: true; value: PacketFields } | { ok: false; errors: Partial<Record<keyof PacketFields, PacketFieldError>> } {
  const errors: Partial<Record<keyof PacketFields, PacketFieldError>> = {};
  if (!endpoints.includes(fields.from)) errors.from = "endpoint";
  if (!endpoints.includes(fields.to)) errors.to = "endpoint";
  else if (fields.from === fields.to) errors.to = "sameEndpoint";
  const app = checkApp(fields.app);
  if (!app.ok) errors.app = app.error;
  return Object.keys(errors).length > 0 || !app.ok
    ? { ok: false, errors }
    : { ok: true, value: { ...fields, app: app.value } };
}

/** An IPv4 address (a host's private or public address). */
export function checkIpv4(text: string): Checked<string> {
  const t = text.trim();
  return ipFrom(t)?.family === 4 ? { ok: true, value: t } : { ok: false, error: "ip" };
}

/** A new name for a host: the scenario format's name rule, and not taken. */
export function checkNewName(text: string, taken: readonly string[]): Checked<string> {
  const t = text.trim();
  return /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(t) && !taken.includes(t)
    ? { ok: true, value: t }
    : { ok: false, error: "name" };
}

type Policy = NonNullable<NonNullable<Change["setEndpointPolicy"]>["policy"]>;

/**
 * An endpoint policy written one statement a line: `allow s3:GetObject arn:aws:s3:::reports/*` (actions and
 * resources comma-separated, `*` wildcards). Empty text is no policy (full access).
 */
export function checkPolicy(text: string): Checked<Policy | null> {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) return { ok: true, value: null };
  const statements: Policy["statements"] = [];
  for (const line of lines) {
    const [effect, actions = "", resources = "", ...rest] = line.split(/\s+/);
    const list = (x: string) => x.split(",").filter((item) => item !== "");
    if ((effect !== "allow" && effect !== "deny") || rest.length > 0) return { ok: false, error: "policy" };
    if (list(actions).length === 0 || list(resources).length === 0) return { ok: false, error: "policy" };
    statements.push({ effect, actions: list(actions), resources: list(resources) });
  }
  return { ok: true, value: { statements } };
}
