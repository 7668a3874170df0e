/**
 * Hop-by-hop forwarding inside and out of the VPC: route tables (RT-1..3, RT-9), NACLs at subnet
 * boundaries only (NACL-6, RT-7), the internet gateway's 1:1 NAT (RT-4, RT-5), the NAT gateway's source
 * NAT with no inbound-initiated traffic (RT-6), the egress-only gateway (RT-8).
 * One file on purpose (about 300 lines): these steps call one another (a packet leaving through a gateway can come
 * back in through another), and splitting them would make an import circle.
 */
import { isPrivateV4 } from "../core/cidr";
import { lookupRoute } from "../core/route-table";
import { portRange } from "../core/port-set";
import { ipToString as ip } from "../core/address";
import { fact, type Fact } from "../core/fact";
import { icmpParams, isIcmp } from "../core/icmp";
import { addVar, drop, notePassed, record, termPorts, type NatEntry, type Pkt, type Walk } from "../core/walk-state";
import { viaPublicAddress } from "./policy-conditions";
import { isServiceTraffic, serviceAdmits } from "./resource-policy";
import { firewallStep, listenStep } from "../core/walk-host";
import { naclStep, sgStep } from "./walk-filters";
import type { Eni, InternetHost } from "./model";
import type { IpAddress } from "../core/address";
import type { RuleRef } from "../core/trace";

import type { Arrival, Hooks } from "./walk-connect";
import { connectRoute, endpointAdmits, gatewayEndpointBack, sendFromOnPrem } from "../on-demand";
import { serviceAt, SERVICES } from "./service-ranges";

export type { Arrival } from "./walk-connect";
const HOOKS: Hooks = {
  arrive: (w, eni, p) => arriveAtEni(w, eni, p),
  forward: (w, subnet, p) => forwardFromSubnet(w, subnet, p),
};

const same = (a: IpAddress, b: IpAddress) => a.family === b.family && a.value === b.value;

export function eniByPrivateIp(w: Walk, a: IpAddress): Eni | undefined {
  return w.model.index.eniByPrivateIp(a);
}

function eniByPublicIp(w: Walk, a: IpAddress): Eni | undefined {
  return w.model.index.eniByPublicIp(a);
}

function routeRef(w: Walk, table: string, route: { text: string }): RuleRef {
  return w.model.index.routeRef(table, route);
}

/** "host sends the packet": with ports for TCP and UDP, with the message type for ICMP. */
function sendPacketFact(w: Walk, host: string, p: Pkt): Fact {
  const base = { host, proto: p.proto.toUpperCase(), src: ip(p.src), dst: ip(p.dst) };
  if (isIcmp(p.proto)) return fact("sendIcmp", { ...base, ...icmpParams(p) });
  return fact("sendPacket", { ...base, sport: termPorts(w, p.sport), dport: termPorts(w, p.dport) });
}

/** A packet originated by (or replied from) an ENI: host firewall, SG egress, then routing. */
export function sendFromEni(w: Walk, eni: Eni, p: Pkt): Arrival {
  record(w, eni.name, eni.kind === "lb" ? "load-balancer" : "instance", "ORIGINATED", p, p, {}, () =>
    sendPacketFact(w, eni.name, p),
  );
  if (!firewallStep(w, eni, "outbound", p)) return null;
  if (!sgStep(w, eni, "outbound", p)) return null;
  return forwardFromSubnet(w, eni.subnet, p);
}

/** Batfish LOOP: the packet comes back to a route table it already left with the same addresses. */
function loopDrop(w: Walk, node: string, p: Pkt, rref: RuleRef | undefined, f: () => Fact): null {
  drop(w, node, "route-table", "LOOP", p, rref ? { rule: rref } : {}, f);
  return null;
}

/** The VPC router: the route table of the subnet the packet is leaving. */
export function forwardFromSubnet(w: Walk, subnet: string, p: Pkt): Arrival {
  const sub = w.model.subnets[subnet];
  if (!sub) return null;
  const tableNode = `${sub.table} (${subnet})`;
  if (w.cur.count > 64) {
    // Backstop for any forwarding cycle the hop check below does not see (e.g. addresses rewritten on every pass).
    return loopDrop(w, tableNode, p, undefined, () => fact("loopBackstop"));
  }
  const route = lookupRoute(w.model.tables[sub.table] ?? [], p.dst);
  if (!route) {
    drop(w, tableNode, "route-table", "NO_ROUTE", p, { reason: "NO_ROUTE_TO_DESTINATION" }, () =>
      fact("noRoute", { table: sub.table, dst: ip(p.dst), isIpv6: p.dst.family === 6 }),
    );
    return null;
  }
  const rref = routeRef(w, sub.table, route);
  // The same packet (same addresses) leaving the same subnet a second time: a routing loop (Batfish LOOP).
  const hops = w.cur.hops ?? (w.cur.hops = []);
  if (hops.some((h) => h.subnet === subnet && same(h.src, p.src) && same(h.dst, p.dst))) {
    return loopDrop(w, tableNode, p, rref, () => fact("routeLoop", { table: sub.table, route: route.text }));
  }
  hops.push({ subnet, src: p.src, dst: p.dst });
  if (route.blackhole) {
    drop(w, tableNode, "route-table", "NULL_ROUTED", p, { rule: rref, reason: "BAD_STATE_ROUTE" }, () =>
      fact("blackhole", { route: route.text }),
    );
    return null;
  }
  if (route.kind === "eni") {
    const inst = w.model.enis[route.via];
    if (inst && inst.subnet === subnet && same(p.src, inst.ip)) {
      // An instance's own (e.g. NAT instance's translated) packet routed back to its own network interface: a loop.
      return loopDrop(w, tableNode, p, rref, () => fact("natInstanceLoop", { host: inst.name }));
    }
  }
  if (route.kind === "nat") {
    const nat = w.model.enis[route.via];
    if (nat && nat.subnet === subnet && same(p.src, nat.ip)) {
      // The NAT gateway's own translated packet is routed back to it (its subnet routes 0.0.0.0/0 to it): a loop.
      return loopDrop(w, tableNode, p, rref, () => fact("natGatewayLoop", { nat: nat.name }));
    }
  }
  record(w, tableNode, "route-table", "FORWARDED", p, p, { rule: rref }, () =>
    fact("routeForward", { table: sub.table, route: route.text }),
  );
  if (route.kind === "pcx" || route.kind === "tgw" || route.kind === "vgw" || route.kind === "vpce")
    return connectRoute(w, sub, route, p, HOOKS);
  if (route.kind === "local") {
    const dest = w.model.connect ? w.model.index.eniInVpc(p.dst, sub.vpc) : eniByPrivateIp(w, p.dst);
    if (!dest) {
      drop(w, tableNode, "route-table", "NO_ROUTE", p, { reason: "NO_ROUTE_TO_DESTINATION" }, () =>
        fact("noInterface", { dst: ip(p.dst) }),
      );
      return null;
    }
    if (dest.subnet === subnet) {
      record(w, `${subnet}`, "network-acl", "FORWARDED", p, p, { reason: "SAME_SUBNET_NO_NACL" }, () =>
        fact("sameSubnet", { subnet }),
      );
    } else {
      if (!naclStep(w, subnet, "outbound", p)) return null;
      if (!naclStep(w, dest.subnet, "inbound", p)) return null;
    }
    return arriveAtEni(w, dest, p);
  }
  if (route.kind === "igw" || route.kind === "eigw") {
    if (!naclStep(w, subnet, "outbound", p)) return null;
    return route.kind === "igw" ? igwOut(w, route.via, p) : eigwOut(w, route.via, p);
  }
  if (route.kind === "nat") {
    const nat = w.model.enis[route.via];
    if (!nat) return null;
    if (nat.subnet !== subnet) {
      // RT-7: both subnets' NACLs; within the NAT gateway's own subnet no NACL applies (NACL-6).
      if (!naclStep(w, subnet, "outbound", p)) return null;
      if (!naclStep(w, nat.subnet, "inbound", p)) return null;
    }
    return natOut(w, nat, p);
  }
  // Route to an instance's network interface (RT-2 middlebox routing): delivered to that instance, which must forward.
  const eni = w.model.enis[route.via];
  if (!eni) return null;
  if (eni.subnet !== subnet) {
    if (!naclStep(w, subnet, "outbound", p)) return null;
    if (!naclStep(w, eni.subnet, "inbound", p)) return null;
  }
  if (eni.kind === "host" && !eni.sourceDestCheck) return natInstanceOut(w, eni, p);
  drop(w, eni.name, "instance", "DENIED", p, { reason: "NO_ROUTE_TO_DESTINATION" }, () =>
    fact("sourceDestCheck", { host: eni.name }),
  );
  return null;
}

/**
 * NAT instance, outbound (RT-10): an instance with the source/destination check disabled receives traffic routed to its
 * network interface. Unlike a NAT gateway (RT-6) its security groups filter that traffic, in and out. It source-NATs to
 * its own private address (iptables MASQUERADE), keeping the source port [INF: netfilter alters it only on a clash],
 * and forwards by its own subnet's route table (to the internet gateway, which maps it to its public IP, RT-5).
 */
function natInstanceOut(w: Walk, inst: Eni, p: Pkt): Arrival {
  if (w.cur.kind === "response") {
    drop(w, inst.name, "instance", "DENIED", p, { reason: "NAT_NO_SESSION" }, () =>
      fact("natInstanceNoSession", { host: inst.name }),
    );
    return null;
  }
  if (p.src.family !== 4) {
    drop(w, inst.name, "instance", "DENIED", p, { reason: "NAT_PROTOCOL_UNSUPPORTED" }, () =>
      fact("natInstanceIpv4Only"),
    );
    return null;
  }
  if (!sgStep(w, inst, "inbound", p)) return null;
  const out: Pkt = { ...p, src: inst.ip };
  w.nat.set(w.cur.conn, { nat: inst.name, origSrc: p.src, origSport: p.sport, natIp: inst.ip, natSport: p.sport });
  record(
    w,
    inst.name,
    "instance",
    "TRANSFORMED",
    p,
    out,
    w.isExplained
      ? { rule: { kind: "nat", id: `${inst.name}/snat`, text: `SNAT ${ip(p.src)} -> ${ip(inst.ip)}` } }
      : {},
    () => fact("natInstanceOut", { host: inst.name, from: ip(p.src), to: ip(inst.ip) }),
  );
  if (!sgStep(w, inst, "outbound", out)) return null;
  return forwardFromSubnet(w, inst.subnet, out);
}

/** NAT instance, the reply: translated back to the original client and forwarded (its security groups track the connection, SG-1). */
function natInstanceBack(w: Walk, inst: Eni, p: Pkt, entry: NatEntry): Arrival {
  if (!sgStep(w, inst, "inbound", p)) return null;
  const back: Pkt = { ...p, dst: entry.origSrc, dport: entry.origSport };
  record(
    w,
    inst.name,
    "instance",
    "TRANSFORMED",
    p,
    back,
    { rule: { kind: "session", id: `${inst.name}/${w.cur.conn}`, text: "NAT session" }, reason: "SESSION_MATCHED" },
    () => fact("natInstanceBack", { host: inst.name, to: ip(entry.origSrc) }),
  );
  if (!sgStep(w, inst, "outbound", back)) return null;
  return forwardFromSubnet(w, inst.subnet, back);
}

function igwOut(w: Walk, igw: string, p: Pkt): Arrival {
  let out = p;
  if (p.src.family === 4) {
    const owner = eniByPrivateIp(w, p.src);
    if (!owner?.publicIp) {
      drop(w, igw, "internet-gateway", "DENIED", p, { reason: "NO_PUBLIC_ADDRESS" }, () =>
        fact("igwNoPublicIp", { src: ip(p.src) }),
      );
      return null;
    }
    out = { ...p, src: owner.publicIp };
    const seq = record(
      w,
      igw,
      "internet-gateway",
      "TRANSFORMED",
      p,
      out,
      w.isExplained ? { rule: { kind: "nat", id: `${igw}/1:1`, text: `${ip(p.src)} <-> ${ip(owner.publicIp)}` } } : {},
      () => fact("igwOut", { from: ip(p.src), host: owner.name, to: ip(owner.publicIp as IpAddress) }),
    );
    notePassed(w, "internet-gateway", igw, seq);
  } else {
    const seq = record(w, igw, "internet-gateway", "FORWARDED", p, p, {}, () => fact("igwIpv6"));
    notePassed(w, "internet-gateway", igw, seq);
  }
  return toInternet(w, out);
}

function eigwOut(w: Walk, eigw: string, p: Pkt): Arrival {
  if (w.cur.kind === "request") w.sessions.add(`eigw|${w.cur.conn}`);
  record(
    w,
    eigw,
    "egress-only-internet-gateway",
    w.cur.kind === "request" ? "SETUP_SESSION" : "FORWARDED",
    p,
    p,
    {},
    () => fact("eigwOut"),
  );
  return toInternet(w, p);
}

/** NAT gateway, outbound: source NAT to its own address with a port from 1024-65535 (RT-6). */
function natOut(w: Walk, nat: Eni, p: Pkt): Arrival {
  if (w.cur.kind === "response") {
    drop(w, nat.name, "nat-gateway", "DENIED", p, { reason: "NAT_NO_SESSION" }, () => fact("natGatewayNoSessionOut"));
    return null;
  }
  if (p.src.family !== 4) {
    drop(w, nat.name, "nat-gateway", "DENIED", p, { reason: "NAT_PROTOCOL_UNSUPPORTED" }, () =>
      fact("natGatewayIpv4Only"),
    );
    return null;
  }
  const natVar = `nat-port:${w.cur.conn}`;
  const sport =
    p.proto === "tcp" || p.proto === "udp"
      ? addVar(w, natVar, fact("natPortLabel", { connection: w.cur.conn }), portRange(1024, 65535))
      : p.sport;
  const out: Pkt = { ...p, src: nat.ip, sport };
  w.nat.set(w.cur.conn, { nat: nat.name, origSrc: p.src, origSport: p.sport, natIp: nat.ip, natSport: sport });
  const seq = record(
    w,
    nat.name,
    "nat-gateway",
    "TRANSFORMED",
    p,
    out,
    w.isExplained
      ? { rule: { kind: "nat", id: `${nat.name}/snat`, text: `SNAT ${ip(p.src)} -> ${ip(nat.ip)}:1024-65535` } }
      : {},
    () => fact("natGatewayOut", { from: ip(p.src), to: ip(nat.ip) }),
  );
  notePassed(w, "nat-gateway", nat.name, seq);
  return forwardFromSubnet(w, nat.subnet, out);
}

/** Leaves AWS toward the internet. */
function toInternet(w: Walk, p: Pkt): Arrival {
  if (p.dst.family === 4 && isPrivateV4(p.dst)) {
    drop(w, "internet", "internet", "DENIED", p, { reason: "PRIVATE_ADDRESS_ON_INTERNET" }, () =>
      fact("privateOnInternet", { dst: ip(p.dst) }),
    );
    return null;
  }
  if (
    p.dst.family === 4
      ? eniByPublicIp(w, p.dst)
      : Object.values(w.model.enis).some((e) => e.ipv6 !== null && same(e.ipv6, p.dst))
  ) {
    // Addressed to a public IP of this VPC: the packet goes out through the gateway and comes back in [INF].
    record(w, "internet", "internet", "FORWARDED", p, p, {}, () => fact("hairpin", { dst: ip(p.dst) }));
    return enterFromInternet(w, p);
  }
  const host = Object.values(w.model.internet).find(
    (h) => same(h.ip, p.dst) || (h.ipv6 !== null && same(h.ipv6, p.dst)),
  );
  // A public address of an AWS service (reached through a NAT or internet gateway) is named after the service.
  const svc =
    host || (!w.model.connect && !w.model.resourcePolicies)
      ? null
      : serviceAt(p.dst, [...new Set(Object.values(w.model.vpcs).map((v) => v.region))], SERVICES);
  const name = svc ? (svc.split("|")[0] ?? ip(p.dst)) : ip(p.dst);
  const target: InternetHost = host ?? { name, ip: p.dst, ipv6: null, os: [], listens: "any", ftp: null };
  record(w, "internet", "internet", "EXITS_NETWORK", p, p, {}, () => fact("exitsToInternet", { host: target.name }));
  if (w.cur.kind === "request" && !listenStep(w, target.name, target.listens, p)) return null;
  // An AWS service's resource policies see the public address the request comes from (SCENARIO.md §3d).
  if (svc && !serviceAdmits(w, name, viaPublicAddress(ip(p.src)), p)) return null;
  record(w, target.name, "internet", "ACCEPTED", p, p, {}, () => fact("received", { host: target.name }));
  return { at: { kind: "internet", host: target }, pkt: p };
}

/** A packet sent by a host on the internet toward an address of the VPC. */
export function sendFromInternet(w: Walk, host: InternetHost, p: Pkt): Arrival {
  if (host.site !== undefined) return sendFromOnPrem(w, host, p, HOOKS);
  const viaVpc = host.service !== undefined ? w.via.get(w.cur.conn) : undefined;
  if (viaVpc !== undefined) return gatewayEndpointBack(w, viaVpc, p, HOOKS);
  record(w, host.name, "internet", "ORIGINATED", p, p, {}, () => sendPacketFact(w, host.name, p));
  // Between an internet host and an AWS service's public address the packet stays on the internet (SCENARIO.md §3d).
  if (isServiceTraffic(w, p)) return toInternet(w, p);
  return enterFromInternet(w, p);
}

/** A packet arriving from the internet at the VPC's gateways. */
function enterFromInternet(w: Walk, p: Pkt): Arrival {
  if (p.dst.family === 4 && isPrivateV4(p.dst)) {
    drop(w, "internet", "internet", "DENIED", p, { reason: "PRIVATE_ADDRESS_ON_INTERNET" }, () =>
      fact("privateFromInternet", { dst: ip(p.dst) }),
    );
    return null;
  }
  const target = p.dst.family === 4 ? eniByPublicIp(w, p.dst) : eniByPrivateIp(w, p.dst);
  if (!target) {
    drop(w, "internet", "internet", "NO_ROUTE", p, { reason: "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS" }, () =>
      fact("noPublicIpAssociation", { dst: ip(p.dst) }),
    );
    return null;
  }
  const sub = w.model.subnets[target.subnet];
  if (p.dst.family === 6 && sub) {
    // Inbound IPv6 enters through the gateway the subnet uses toward the sender [INF]: an EIGW admits replies only (RT-8).
    const back = lookupRoute(w.model.tables[sub.table] ?? [], p.src);
    if (back?.kind === "eigw") {
      if (!w.sessions.has(`eigw|${w.cur.conn}`)) {
        drop(w, back.via, "egress-only-internet-gateway", "DENIED", p, { reason: "EIGW_NO_SESSION" }, () =>
          fact("eigwNoSession"),
        );
        return null;
      }
      record(w, back.via, "egress-only-internet-gateway", "MATCHED_SESSION", p, p, { reason: "SESSION_MATCHED" }, () =>
        fact("eigwReply"),
      );
      if (!naclStep(w, target.subnet, "inbound", p)) return null;
      return arriveAtEni(w, target, p);
    }
  }
  const igw = w.model.connect ? (w.model.vpcs[target.vpc]?.igw ?? null) : w.model.igw;
  if (!igw) {
    drop(w, "vpc", "internet-gateway", "NO_ROUTE", p, { reason: "NO_IGW_ATTACHED" }, () => fact("noIgw"));
    return null;
  }
  let inside = p;
  if (p.dst.family === 4) {
    inside = { ...p, dst: target.ip };
    record(
      w,
      igw,
      "internet-gateway",
      "TRANSFORMED",
      p,
      inside,
      w.isExplained ? { rule: { kind: "nat", id: `${igw}/1:1`, text: `${ip(p.dst)} <-> ${ip(target.ip)}` } } : {},
      () => fact("igwIn", { from: ip(p.dst), host: target.name, to: ip(target.ip) }),
    );
  } else {
    record(w, igw, "internet-gateway", "FORWARDED", p, p, {}, () => fact("igwIpv6"));
  }
  if (!naclStep(w, target.subnet, "inbound", p.dst.family === 4 ? inside : p)) return null;
  if (target.kind === "nat") return natIn(w, target, inside);
  return arriveAtEni(w, target, inside);
}

/** NAT gateway, inbound: only replies matching a session are translated back (RT-6, no port forwarding). */
function natIn(w: Walk, nat: Eni, p: Pkt): Arrival {
  const entry = w.nat.get(w.cur.conn);
  if (w.cur.kind !== "response" || !entry || entry.nat !== nat.name) {
    drop(w, nat.name, "nat-gateway", "DENIED", p, { reason: "NAT_NO_SESSION" }, () => fact("natGatewayNoSessionIn"));
    return null;
  }
  const back: Pkt = { ...p, dst: entry.origSrc, dport: entry.origSport };
  record(
    w,
    nat.name,
    "nat-gateway",
    "MATCHED_SESSION",
    p,
    back,
    { rule: { kind: "session", id: `${nat.name}/${w.cur.conn}`, text: "NAT session" }, reason: "SESSION_MATCHED" },
    () => fact("natGatewayBack", { to: ip(entry.origSrc) }),
  );
  return forwardFromSubnet(w, nat.subnet, back);
}

/** Delivery to an ENI: SG ingress, host firewall, then the service (or the NAT gateway for replies). */
export function arriveAtEni(w: Walk, eni: Eni, p: Pkt): Arrival {
  if (eni.kind === "nat") return natIn(w, eni, p);
  if (w.cur.kind === "response" && !eni.sourceDestCheck) {
    const entry = w.nat.get(w.cur.conn);
    if (entry?.nat === eni.name) return natInstanceBack(w, eni, p, entry);
  }
  if (!sgStep(w, eni, "inbound", p)) return null;
  if (!firewallStep(w, eni, "inbound", p)) return null;
  if (w.cur.kind === "request" && !listenStep(w, eni.name, eni.listens, p)) return null;
  if (eni.kind === "vpce" && w.cur.kind === "request" && !endpointAdmits(w, eni, p)) return null;
  record(w, eni.name, eni.kind === "lb" ? "load-balancer" : "instance", "ACCEPTED", p, p, {}, () =>
    fact("received", { host: eni.name }),
  );
  return { at: { kind: "eni", eni }, pkt: p };
}
