import type { Home } from "./schema";
import type { Problem } from "../scenario/problem";
import { ipFrom } from "../core/address";
import { cidrContains, cidrFrom, isPrivateV4 } from "../core/cidr";
import { intersect, isEmpty, parsePortSpec } from "../core/port-set";

/** Semantic checks on the home network section. */
export function validateHome(h: Home): Problem[] {
  const out: Problem[] = [];
  const lan = cidrFrom(h.lan.cidr);
  if (!lan || lan.family !== 4)
    out.push({ path: ["lan", "cidr"], message: `"${h.lan.cidr}" is not an IPv4 CIDR block` });
  if (h.wan.ipv4 !== undefined && ipFrom(h.wan.ipv4)?.family !== 4)
    out.push({ path: ["wan", "ipv4"], message: `"${h.wan.ipv4}" is not an IPv4 address` });
  if (h.wan.ipv6Prefix !== undefined && cidrFrom(h.wan.ipv6Prefix)?.family !== 6)
    out.push({ path: ["wan", "ipv6Prefix"], message: `"${h.wan.ipv6Prefix}" is not an IPv6 prefix` });
  if (h.wan.aftrIpv4 !== undefined) {
    const a = ipFrom(h.wan.aftrIpv4);
    if (!a || a.family !== 4)
      out.push({ path: ["wan", "aftrIpv4"], message: `"${h.wan.aftrIpv4}" is not an IPv4 address` });
    else if (isPrivateV4(a))
      out.push({
        path: ["wan", "aftrIpv4"],
        message: `${h.wan.aftrIpv4} is a private address; the AFTR's NAT44 uses a public one (H-5)`,
      });
  }
  if (h.wan.access === "map-e" && !h.wan.mapE)
    out.push({
      path: ["wan", "mapE"],
      message: "MAP-E needs `mapE: { psidOffset, psidLength, psid }` (RFC 7597 §5.1)",
    });
  if (h.wan.mapE && h.wan.mapE.psid >= 2 ** h.wan.mapE.psidLength)
    out.push({
      path: ["wan", "mapE", "psid"],
      message: `psid ${h.wan.mapE.psid} does not fit in psidLength ${h.wan.mapE.psidLength} bits`,
    });
  if (h.wan.mapE && h.wan.mapE.psidOffset + h.wan.mapE.psidLength > 16)
    out.push({ path: ["wan", "mapE"], message: "psidOffset + psidLength must be at most 16" });
  for (const [name, host] of Object.entries(h.hosts)) {
    const ip = ipFrom(host.ip);
    if (!ip || ip.family !== 4)
      out.push({ path: ["hosts", name, "ip"], message: `"${host.ip}" is not an IPv4 address` });
    else if (lan && !cidrContains(lan, ip))
      out.push({ path: ["hosts", name, "ip"], message: `${host.ip} is outside the LAN ${h.lan.cidr}` });
    if (host.ipv6 !== undefined && ipFrom(host.ipv6)?.family !== 6)
      out.push({ path: ["hosts", name, "ipv6"], message: `"${host.ipv6}" is not an IPv6 address` });
  }
  h.portForwards.forEach((f, i) => {
    if (!h.hosts[f.host]) out.push({ path: ["portForwards", i, "host"], message: `unknown LAN host "${f.host}"` });
    const mine = parsePortSpec(f.wanPorts);
    if (!mine) out.push({ path: ["portForwards", i, "wanPorts"], message: `bad port range "${f.wanPorts}"` });
    // H-2: one WAN port maps to one LAN host; a router rejects a second forward for the same port.
    const earlier = mine
      ? h.portForwards
          .slice(0, i)
          .find((x) => x.proto === f.proto && !isEmpty(intersect(parsePortSpec(x.wanPorts) ?? [], mine)))
      : undefined;
    if (earlier)
      out.push({
        path: ["portForwards", i, "wanPorts"],
        message: `${f.proto} ${f.wanPorts} is already forwarded to ${earlier.host} (${earlier.proto} ${earlier.wanPorts}); a WAN port can be forwarded to one LAN host only`,
      });
  });
  if (h.dmz !== undefined && !h.hosts[h.dmz]) out.push({ path: ["dmz"], message: `unknown LAN host "${h.dmz}"` });
  const prios = new Set<number>();
  h.filters.forEach((f, i) => {
    if (prios.has(f.priority))
      out.push({ path: ["filters", i, "priority"], message: `priority ${f.priority} is used twice` });
    prios.add(f.priority);
    if (f.ports !== undefined && !parsePortSpec(f.ports))
      out.push({ path: ["filters", i, "ports"], message: `bad port range "${f.ports}"` });
  });
  h.pinholes.forEach((p, i) => {
    if (!h.hosts[p.host]) out.push({ path: ["pinholes", i, "host"], message: `unknown LAN host "${p.host}"` });
    else if (!h.hosts[p.host]?.ipv6)
      out.push({ path: ["pinholes", i, "host"], message: `LAN host "${p.host}" has no ipv6 address` });
  });
  return out;
}
