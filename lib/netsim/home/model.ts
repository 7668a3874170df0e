/** Compiled home network (seed 004): router WAN side, LAN hosts, NAPT mappings, filters, IPv6 firewall. */
import { ipFrom, type IpAddress } from "../core/address";
import { isPrivateV4, isSharedV4 } from "../core/cidr";
import { listenFrom, type Listen } from "../core/apps";
import { OS_TABLE } from "../core/operating-systems";
import { ALL_PORTS, parsePortSpec, portRange, type PortSet } from "../core/port-set";
import { protoNumber } from "../core/rules";
import { mapEPortSet } from "./port-set-map-e";
import type { Home } from "./schema";
import type { HostFirewall, OsId } from "../scenario/schema";

export type WanKind = "global" | "private" | "shared" | "none";
export type HomeHost = {
  name: string;
  ip: IpAddress;
  ipv6: IpAddress | null;
  os: OsId;
  ephemeral: PortSet;
  listens: Listen[] | "any";
  firewall: HostFirewall | null;
};
export type HomeFilterC = {
  priority: number;
  isPass: boolean;
  direction: "inbound" | "outbound";
  proto: number;
  ports: PortSet;
  text: string;
};
export type HomeModel = {
  access: Home["wan"]["access"];
  wanIp: IpAddress | null;
  wanKind: WanKind;
  ipv6Firewall: boolean;
  /** DS-Lite (H-5): the public IPv4 address of the ISP's AFTR, which does the NAT44 for the B4 (the home router). */
  aftrIp: IpAddress | null;
  hosts: Record<string, HomeHost>;
  forwards: { proto: number; wanPorts: PortSet; host: string; port: number | null; text: string }[];
  dmz: string | null;
  filters: HomeFilterC[];
  pinholes: { host: string; proto: number; ports: PortSet }[];
  /** Ports the router may use on the WAN side: all for PPPoE/IPoE, the PSID set for MAP-E (H-6). */
  wanPorts: PortSet;
};

export function wanKindOf(ip: IpAddress | null): WanKind {
  if (!ip) return "none";
  if (isSharedV4(ip)) return "shared";
  return isPrivateV4(ip) ? "private" : "global";
}

/** A documentation address (RFC 5737) for the AFTR's NAT44 pool when the scenario gives none. */
export const DEFAULT_AFTR_IPV4 = "192.0.2.1";

export function compileHome(h: Home): HomeModel {
  const wanIp = h.wan.access === "ds-lite" ? null : h.wan.ipv4 ? ipFrom(h.wan.ipv4) : null;
  const hosts: Record<string, HomeHost> = {};
  for (const [name, x] of Object.entries(h.hosts)) {
    const ip = ipFrom(x.ip);
    if (!ip) continue;
    hosts[name] = {
      name,
      ip,
      ipv6: x.ipv6 ? ipFrom(x.ipv6) : null,
      os: x.os,
      ephemeral: OS_TABLE[x.os].ephemeral,
      firewall: x.firewall ?? null,
      listens: x.listens === "any" ? "any" : x.listens.map(listenFrom).filter((l): l is Listen => l !== null),
    };
  }
  const filters = h.filters.map((f) => ({
    priority: f.priority,
    isPass: f.action === "pass",
    direction: f.direction,
    proto: protoNumber(f.proto),
    ports: f.ports === undefined ? ALL_PORTS : (parsePortSpec(f.ports) ?? ALL_PORTS),
    text: `${f.priority} ${f.action.toUpperCase()} ${f.direction.toUpperCase()} ${String(f.proto).toUpperCase()} ${f.ports ?? "ALL"}`,
  }));
  filters.sort((a, b) => a.priority - b.priority);
  const m = h.wan.mapE;
  return {
    access: h.wan.access,
    wanIp,
    wanKind: wanKindOf(wanIp),
    ipv6Firewall: h.ipv6Firewall === "on",
    hosts,
    aftrIp: h.wan.access === "ds-lite" ? ipFrom(h.wan.aftrIpv4 ?? DEFAULT_AFTR_IPV4) : null,
    forwards: h.portForwards.map((f) => ({
      proto: protoNumber(f.proto),
      wanPorts: parsePortSpec(f.wanPorts) ?? [],
      host: f.host,
      port: f.port ?? null,
      text: `${f.proto} ${f.wanPorts} -> ${f.host}${f.port ? `:${f.port}` : ""}`,
    })),
    dmz: h.dmz ?? null,
    filters,
    pinholes: h.pinholes.map((p) => ({
      host: p.host,
      proto: protoNumber(p.proto),
      ports: parsePortSpec(p.ports) ?? [],
    })),
    wanPorts: h.wan.access === "map-e" && m ? mapEPortSet(m.psidOffset, m.psidLength, m.psid) : portRange(1024, 65535),
  };
}
