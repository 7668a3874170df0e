/** Home-router changes (port forward, DMZ, filters, pinholes); returns a reason when one cannot be applied. */
import { intersect, isEmpty, parsePortSpec } from "../core/port-set";
import type { Change, Scenario } from "../scenario/schema";

export function applyHome(s: Scenario, c: Change): string | null {
  const h = s.home;
  if (!h) return "the scenario has no home network";
  if (c.addPortForward) {
    const f = c.addPortForward;
    if (!h.hosts[f.host]) return `LAN host "${f.host}" does not exist`;
    const want = parsePortSpec(f.wanPorts);
    // A WAN port maps to one LAN host: a router rejects a second forward for a port it already forwards (H-2).
    const clash = want
      ? h.portForwards.find((x) => x.proto === f.proto && !isEmpty(intersect(parsePortSpec(x.wanPorts) ?? [], want)))
      : undefined;
    if (clash)
      return `the router already forwards ${clash.proto} ${clash.wanPorts} to ${clash.host}; a WAN port can be forwarded to one LAN host only`;
    h.portForwards.push(f);
    return null;
  }
  if (c.removePortForward) {
    const r = c.removePortForward;
    const i = h.portForwards.findIndex((x) => x.proto === r.proto && String(x.wanPorts) === String(r.wanPorts));
    if (i < 0) return `no forward for ${r.proto} ${r.wanPorts}`;
    h.portForwards.splice(i, 1);
    return null;
  }
  if (c.setDmz) {
    if (c.setDmz.host === null) delete h.dmz;
    else {
      if (!h.hosts[c.setDmz.host]) return `LAN host "${c.setDmz.host}" does not exist`;
      h.dmz = c.setDmz.host;
    }
    return null;
  }
  if (c.addFilter) {
    if (h.filters.some((f) => f.priority === c.addFilter?.priority))
      return `a filter with priority ${c.addFilter.priority} already exists`;
    h.filters.push(c.addFilter);
    return null;
  }
  if (c.removeFilter) {
    const i = h.filters.findIndex((f) => f.priority === c.removeFilter?.priority);
    if (i < 0) return `no filter with priority ${c.removeFilter.priority}`;
    h.filters.splice(i, 1);
    return null;
  }
  if (c.addPinhole) {
    if (!h.hosts[c.addPinhole.host]) return `LAN host "${c.addPinhole.host}" does not exist`;
    h.pinholes.push(c.addPinhole);
    return null;
  }
  if (c.setIpv6Firewall) {
    h.ipv6Firewall = c.setIpv6Firewall.state;
    return null;
  }
  if (c.setWan) {
    // The WAN side as the ISP provisions it (e.g. a global IPv4 address instead of a CGNAT one, H-3); given fields replace the current ones.
    const { ipv4, mapE, ...rest } = c.setWan;
    const wan = { ...h.wan, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
    if (ipv4 === null) delete wan.ipv4;
    else if (ipv4 !== undefined) wan.ipv4 = ipv4;
    if (mapE === null) delete wan.mapE;
    else if (mapE !== undefined) wan.mapE = mapE;
    h.wan = wan;
    return null;
  }
  return "unknown change";
}
