/** Application protocols the simulator knows: what a flow's `app:` means on the wire. */
import { parsePortSpec, type PortSet } from "./port-set";

export type AppSpec =
  | { kind: "l4"; proto: "tcp" | "udp"; port: number; label: string }
  | { kind: "ping"; label: string }
  | { kind: "ftp"; mode: "active" | "passive"; label: string };

const NAMED: Readonly<Record<string, AppSpec>> = {
  http: { kind: "l4", proto: "tcp", port: 80, label: "HTTP" },
  https: { kind: "l4", proto: "tcp", port: 443, label: "HTTPS" },
  ssh: { kind: "l4", proto: "tcp", port: 22, label: "SSH" },
  rdp: { kind: "l4", proto: "tcp", port: 3389, label: "RDP" },
  smtp: { kind: "l4", proto: "tcp", port: 25, label: "SMTP" },
  mysql: { kind: "l4", proto: "tcp", port: 3306, label: "MySQL" },
  postgres: { kind: "l4", proto: "tcp", port: 5432, label: "PostgreSQL" },
  dns: { kind: "l4", proto: "udp", port: 53, label: "DNS" },
  "dns-tcp": { kind: "l4", proto: "tcp", port: 53, label: "DNS over TCP" },
  ntp: { kind: "l4", proto: "udp", port: 123, label: "NTP" },
  ping: { kind: "ping", label: "ping (ICMP echo)" },
  icmp: { kind: "ping", label: "ping (ICMP echo)" },
  "ftp-passive": { kind: "ftp", mode: "passive", label: "FTP (passive)" },
  "ftp-active": { kind: "ftp", mode: "active", label: "FTP (active)" },
  ftp: { kind: "ftp", mode: "passive", label: "FTP (passive)" },
};

/** Resolves `app: http` or `app: tcp/8080`; `proto`/`port` fields are the long form. Null when unknown. */
export function appFrom(app: string | undefined, proto?: string | number, port?: number): AppSpec | null {
  if (app !== undefined) {
    const named = NAMED[app.toLowerCase()];
    if (named) return named;
    const m = /^(tcp|udp)\/(\d{1,5})$/i.exec(app);
    if (m && Number(m[2]) <= 65535)
      return {
        kind: "l4",
        proto: (m[1] ?? "tcp").toLowerCase() as "tcp" | "udp",
        port: Number(m[2]),
        label: app.toUpperCase(),
      };
    return null;
  }
  if ((proto === "tcp" || proto === "udp") && port !== undefined)
    return { kind: "l4", proto, port, label: `${proto.toUpperCase()}/${port}` };
  if (proto === "icmp" || proto === "icmpv6") return NAMED.ping ?? null;
  return null;
}

export const APP_NAMES: readonly string[] = Object.keys(NAMED);

/** A listening spec ("http", "tcp/8080", "udp/53", "tcp/1024-65535") as protocol and ports; null when malformed. */
/** A service a host listens on. */
export type Listen = { proto: "tcp" | "udp" | "icmp"; ports: PortSet };

export function listenFrom(spec: string): Listen | null {
  const named = NAMED[spec.toLowerCase()];
  if (named?.kind === "l4") return { proto: named.proto, ports: parsePortSpec(named.port) ?? [] };
  if (named?.kind === "ftp") return { proto: "tcp", ports: parsePortSpec(21) ?? [] };
  if (named?.kind === "ping") return { proto: "icmp", ports: [] };
  const m = /^(tcp|udp)\/(.+)$/i.exec(spec);
  if (!m) return null;
  const ports = parsePortSpec(m[2] ?? "");
  return ports ? { proto: (m[1] ?? "tcp").toLowerCase() as "tcp" | "udp", ports } : null;
}
