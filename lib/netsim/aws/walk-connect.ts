/**
 * Forwarding between connected networks (SCENARIO.md §3b): VPC peering (no transitive or edge-to-edge routing)
 * [VPC-PEER], transit gateway route tables (association, static, propagated and blackhole routes) [TGW-RT], a virtual
 * private gateway toward an on-premises network and back [S2S-RT], gateway endpoints with their policies [VPCE-GW],
 * [VPCE-POL]. walk-vpc.ts calls these for routes to a peering connection, a transit gateway, a virtual private gateway
 * or a gateway endpoint, and hands in its own delivery and routing steps (`Hooks`) so that the files import in one
 * direction only.
 */
import { cidrContains, type Cidr } from "../core/cidr";
import { ipToString as ip, type IpAddress } from "../core/address";
import { fact } from "../core/fact";
import { drop, notePassed, record, type Pkt, type Walk } from "../core/walk-state";
import { listenStep } from "../core/walk-host";
import { naclStep } from "./walk-filters";
import { vpnPrefixes, type OnPremC, type TgwC, type TgwRouteC } from "./model-connect";
import { evaluatePolicy } from "./endpoint-policy";
import { viaEndpoint } from "./policy-conditions";
import { serviceAdmits } from "./resource-policy";
import { attachmentSubnetFor } from "./zones";
import { connectionDown, noAttachmentInAz } from "./walk-zones";
import type { CompiledRoute, Eni, InternetHost, SubnetC } from "./model-types";

/** Where a packet arrived (an interface, or a host outside the VPCs), with the packet as it arrived. */
export type Arrival = { at: { kind: "eni"; eni: Eni } | { kind: "internet"; host: InternetHost }; pkt: Pkt } | null;

export type Hooks = {
  arrive: (w: Walk, eni: Eni, p: Pkt) => Arrival;
  forward: (w: Walk, subnet: string, p: Pkt) => Arrival;
};

const inAny = (list: readonly Cidr[], a: IpAddress) => list.some((c) => cidrContains(c, a));

/** A route to a peering connection, transit gateway, virtual private gateway or gateway endpoint. */
export function connectRoute(w: Walk, sub: SubnetC, route: CompiledRoute, p: Pkt, h: Hooks): Arrival {
  const c = w.model.connect;
  if (!c) return null;
  if (route.kind === "pcx") {
    const pcx = c.peerings[route.via];
    if (!pcx) return null;
    if (!pcx.isActive) {
      drop(w, pcx.name, "peering-connection", "DENIED", p, { reason: "BAD_STATE_VPC_PEERING" }, () =>
        fact("peeringNotActive", { pcx: pcx.name }),
      );
      return null;
    }
    if (!naclStep(w, sub.name, "outbound", p)) return null;
    const peer = pcx.a === sub.vpc ? pcx.b : pcx.a;
    const seq = record(w, pcx.name, "peering-connection", "FORWARDED", p, p, {}, () =>
      fact("peeringForward", { pcx: pcx.name, vpc: peer }),
    );
    notePassed(w, "peering", pcx.name, seq);
    return intoVpc(w, peer, p, pcx.name, "peering-connection", h);
  }
  if (route.kind === "tgw") {
    const tgw = c.tgws[route.via];
    const att = tgw && Object.values(tgw.attachments).find((a) => a.vpc === sub.vpc);
    if (!tgw || !att) return null;
    // [TGW-NACL] toward the attachment: the sender's subnet NACL (outbound, by destination), then the attachment
    // subnet's NACL (inbound, by source); in the same subnet that is one NACL evaluated both ways.
    // [TGW-AZ] only a subnet in an AZ where the attachment has a subnet reaches the transit gateway.
    const side = attachmentSubnetFor(w.model.subnets, att, sub.name);
    if (!side.isOk) return noAttachmentInAz(w, tgw.name, att.name, side.az, p);
    if (!naclStep(w, sub.name, "outbound", p)) return null;
    const attSubnet = side.subnet;
    if (attSubnet && !naclStep(w, attSubnet, "inbound", p)) return null;
    return tgwForward(w, tgw, att.name, p, h);
  }
  if (route.kind === "vgw") {
    if (!naclStep(w, sub.name, "outbound", p)) return null;
    const nets = Object.values(c.onprem).filter((n) => n.gateway === route.via);
    const cut = nets.find((n) => n.isDown && inAny(n.cidrs, p.dst));
    if (cut) return connectionDown(w, route.via, cut, p);
    const net = nets.find((n) => inAny(vpnPrefixes(n), p.dst));
    if (!net) {
      // A static VPN sends only its static routes into the tunnel; BGP only the prefixes on premises advertises.
      drop(w, route.via, "vpn-gateway", "NO_ROUTE", p, { reason: "VPN_NO_ROUTE" }, () =>
        fact("vpnNoRoute", {
          gateway: route.via,
          dst: ip(p.dst),
          network: nets[0]?.name ?? "",
          isStatic: nets[0] !== undefined && !nets[0].isDynamic,
          isDynamic: nets[0]?.isDynamic === true && nets[0].type === "vpn",
          isDirectConnect: nets[0]?.type === "direct-connect",
        }),
      );
      return null;
    }
    record(w, route.via, "vpn-gateway", "FORWARDED", p, p, {}, () =>
      fact("vgwOut", { gateway: route.via, network: net.name, isDirectConnect: net.type === "direct-connect" }),
    );
    return toOnPrem(w, net, p);
  }
  if (route.kind === "vpce") {
    const ep = c.gatewayEndpoints[route.via];
    if (!ep) return null;
    // Network ACLs still apply: they see the service's public address (they cannot name a prefix list) [VPCE-GW].
    if (!naclStep(w, sub.name, "outbound", p)) return null;
    const ctx = viaEndpoint(ep.name, sub.vpc, ip(p.src));
    if (w.cur.kind === "request") {
      const d = evaluatePolicy(ep.policy, w.request?.action, w.request?.resource, ep.service, ctx);
      if (d !== "allow") {
        drop(w, ep.name, "vpc-endpoint", "DENIED", p, { reason: "VPCE_POLICY_DENY" }, () =>
          fact("endpointPolicyDeny", {
            endpoint: ep.name,
            action: w.request?.action ?? "*",
            resource: w.request?.resource ?? "*",
            isExplicit: d === "explicit-deny",
            isImplicit: d === "implicit-deny",
          }),
        );
        return null;
      }
    }
    record(w, ep.name, "vpc-endpoint", "FORWARDED", p, p, {}, () =>
      fact("gatewayEndpointOut", { endpoint: ep.name, service: ep.service, prefixList: ep.prefixList.id }),
    );
    w.via.set(w.cur.conn, sub.vpc);
    const host: InternetHost = {
      name: ep.service,
      ip: p.dst,
      ipv6: null,
      os: [],
      listens: "any",
      ftp: null,
      service: `${ep.service}|${ep.region}`,
    };
    if (!serviceAdmits(w, ep.service, ctx, p)) return null;
    record(w, ep.service, "aws-service", "ACCEPTED", p, p, {}, () =>
      fact("serviceReceived", { service: ep.service, region: ep.region }),
    );
    return { at: { kind: "internet", host }, pkt: p };
  }
  return null;
}

/** A service's reply to a request that came through a gateway endpoint: back into the client's VPC the same way. */
export function gatewayEndpointBack(w: Walk, vpc: string, p: Pkt, h: Hooks): Arrival {
  const ep = Object.values(w.model.connect?.gatewayEndpoints ?? {}).find((e) => e.vpc === vpc);
  record(w, ep?.name ?? "vpc-endpoint", "vpc-endpoint", "FORWARDED", p, p, {}, () =>
    fact("gatewayEndpointBack", { endpoint: ep?.name ?? "" }),
  );
  const dest = w.model.index.eniInVpc(p.dst, vpc);
  if (!dest) return null;
  if (!naclStep(w, dest.subnet, "inbound", p)) return null;
  return h.arrive(w, dest, p);
}

/**
 * Into a VPC from a peering connection or a virtual private gateway: only to an address of that VPC. A peer's
 * internet gateway, NAT gateway, VPN connection or gateway endpoint is not reachable this way (no transitive or
 * edge-to-edge routing) [VPC-PEER].
 */
function intoVpc(
  w: Walk,
  vpc: string,
  p: Pkt,
  node: string,
  component: "peering-connection" | "vpn-gateway",
  h: Hooks,
): Arrival {
  const v = w.model.vpcs[vpc];
  if (!v || !inAny(v.cidrs, p.dst)) {
    drop(w, node, component, "DENIED", p, { reason: "TRANSIT_NOT_SUPPORTED" }, () =>
      fact(component === "peering-connection" ? "peeringNoTransit" : "vgwNoTransit", {
        via: node,
        vpc,
        dst: ip(p.dst),
      }),
    );
    return null;
  }
  const dest = w.model.index.eniInVpc(p.dst, vpc);
  if (!dest) {
    drop(w, node, component, "NO_ROUTE", p, { reason: "NO_ROUTE_TO_DESTINATION" }, () =>
      fact("noInterface", { dst: ip(p.dst) }),
    );
    return null;
  }
  if (!naclStep(w, dest.subnet, "inbound", p)) return null;
  return h.arrive(w, dest, p);
}

/** The most specific route of a transit gateway route table; on equal prefixes a static route wins [TGW-RT]. */
export function lookupTgwRoute(routes: readonly TgwRouteC[], dst: IpAddress): TgwRouteC | null {
  let best: TgwRouteC | null = null;
  for (const r of routes) {
    if (!cidrContains(r.dest, dst)) continue;
    if (
      !best ||
      r.dest.prefix > best.dest.prefix ||
      (r.dest.prefix === best.dest.prefix && best.isPropagated && !r.isPropagated)
    )
      best = r;
  }
  return best;
}

/** A transit gateway: the route table associated with the attachment the packet came in on decides [TGW-RT]. */
function tgwForward(w: Walk, tgw: TgwC, ingress: string, p: Pkt, h: Hooks): Arrival {
  const table = tgw.association[ingress];
  if (!table) {
    drop(w, tgw.name, "transit-gateway", "NO_ROUTE", p, { reason: "TGW_RTB_CANNOT_ROUTE" }, () =>
      fact("tgwNoAssociation", { tgw: tgw.name, attachment: ingress }),
    );
    return null;
  }
  const route = lookupTgwRoute(tgw.tables[table] ?? [], p.dst);
  const rule = route
    ? { kind: "route" as const, id: `${tgw.name}/${table}/${route.text.split(" ")[0] ?? ""}`, text: route.text }
    : undefined;
  if (!route) {
    drop(w, tgw.name, "transit-gateway", "NO_ROUTE", p, { reason: "TGW_RTB_CANNOT_ROUTE" }, () =>
      fact("tgwNoRoute", { tgw: tgw.name, table, dst: ip(p.dst) }),
    );
    return null;
  }
  if (route.attachment === null) {
    drop(
      w,
      tgw.name,
      "transit-gateway",
      "NULL_ROUTED",
      p,
      { reason: "BAD_STATE_ROUTE", ...(rule ? { rule } : {}) },
      () => fact("tgwBlackhole", { tgw: tgw.name, table, route: route.text }),
    );
    return null;
  }
  const att = tgw.attachments[route.attachment];
  if (!att) return null;
  const seq = record(w, tgw.name, "transit-gateway", "FORWARDED", p, p, rule ? { rule } : {}, () =>
    fact("tgwForward", { tgw: tgw.name, table, route: route.text, attachment: att.name }),
  );
  notePassed(w, "transit-gateway", tgw.name, seq);
  if (att.vpn) {
    const net = w.model.connect?.onprem[att.vpn];
    if (net?.isDown) return connectionDown(w, tgw.name, net, p);
    return net ? toOnPrem(w, net, p) : null;
  }
  const v = att.vpc ? w.model.vpcs[att.vpc] : undefined;
  if (!v) return null;
  const attSubnet = att.subnets[0];
  if (inAny(v.cidrs, p.dst)) {
    const dest = w.model.index.eniInVpc(p.dst, v.name);
    if (!dest) {
      drop(w, tgw.name, "transit-gateway", "NO_ROUTE", p, { reason: "NO_ROUTE_TO_DESTINATION" }, () =>
        fact("noInterface", { dst: ip(p.dst) }),
      );
      return null;
    }
    // [TGW-NACL] from the attachment: its subnet's NACL (outbound) and the destination subnet's NACL (inbound); to an
    // instance in the attachment's own subnet, neither.
    const side = attachmentSubnetFor(w.model.subnets, att, dest.subnet);
    if (!side.isOk) return noAttachmentInAz(w, tgw.name, att.name, side.az, p);
    const exitSubnet = side.subnet;
    if (exitSubnet !== dest.subnet) {
      if (exitSubnet && !naclStep(w, exitSubnet, "outbound", p)) return null;
      if (!naclStep(w, dest.subnet, "inbound", p)) return null;
    }
    return h.arrive(w, dest, p);
  }
  // Not an address of the VPC: the attachment subnet's route table routes it on (e.g. centralised egress) [TGW-ATT].
  if (attSubnet) return h.forward(w, attSubnet, p);
  drop(w, tgw.name, "transit-gateway", "NO_ROUTE", p, { reason: "NO_ROUTE_TO_DESTINATION" }, () =>
    fact("noInterface", { dst: ip(p.dst) }),
  );
  return null;
}

/** Delivery to a host of an on-premises network. */
function toOnPrem(w: Walk, net: OnPremC, p: Pkt): Arrival {
  if (!inAny(net.cidrs, p.dst)) {
    drop(w, net.name, "on-premises", "NO_ROUTE", p, { reason: "NO_ROUTE_TO_DESTINATION" }, () =>
      fact("onPremNoHost", { network: net.name, dst: ip(p.dst) }),
    );
    return null;
  }
  const known = Object.values(w.model.internet).find(
    (x) => x.site === net.name && x.ip.family === p.dst.family && x.ip.value === p.dst.value,
  );
  const target: InternetHost = known ?? {
    name: ip(p.dst),
    ip: p.dst,
    ipv6: null,
    os: [],
    listens: "any",
    ftp: null,
    site: net.name,
  };
  if (w.cur.kind === "request" && !listenStep(w, target.name, target.listens, p)) return null;
  record(w, target.name, "on-premises", "ACCEPTED", p, p, {}, () =>
    fact("onPremReceived", { host: target.name, network: net.name }),
  );
  return { at: { kind: "internet", host: target }, pkt: p };
}

/**
 * A packet from an on-premises host: the customer router needs a route toward AWS (its static routes, or what BGP
 * learns: the VPC's CIDRs from a virtual private gateway, the associated route table's routes from a transit
 * gateway) [S2S-RT]; then the gateway forwards it into the VPC (a transit gateway by its route tables).
 */
export function sendFromOnPrem(w: Walk, host: InternetHost, p: Pkt, h: Hooks): Arrival {
  const c = w.model.connect;
  const net = host.site ? c?.onprem[host.site] : undefined;
  record(w, host.name, "on-premises", "ORIGINATED", p, p, {}, () =>
    fact("sendSimple", { host: host.name, src: ip(p.src), dst: ip(p.dst) }),
  );
  if (!c || !net) return null;
  if (net.isDown) return connectionDown(w, host.name, net, p);
  const tgw = net.gatewayKind === "tgw" ? c.tgws[net.gateway] : undefined;
  const att = tgw && Object.values(tgw.attachments).find((a) => a.vpn === net.name);
  const vpc = Object.values(w.model.vpcs).find((v) => v.vgw === net.gateway);
  const learned: Cidr[] = [...(net.routesToAws ?? [])];
  if (net.isDynamic) {
    if (vpc) learned.push(...vpc.cidrs);
    const table = tgw && att ? tgw.association[att.name] : undefined;
    if (tgw && table)
      learned.push(...(tgw.tables[table] ?? []).filter((r) => r.attachment !== null).map((r) => r.dest));
  }
  if (!inAny(learned, p.dst)) {
    drop(w, host.name, "on-premises", "NO_ROUTE", p, { reason: "NO_ROUTE_TO_DESTINATION" }, () =>
      fact("onPremNoRoute", {
        network: net.name,
        dst: ip(p.dst),
        isDynamic: net.isDynamic,
        isForward: w.cur.kind === "request",
        isReturn: w.cur.kind !== "request",
      }),
    );
    return null;
  }
  record(w, net.gateway, net.gatewayKind === "tgw" ? "transit-gateway" : "vpn-gateway", "FORWARDED", p, p, {}, () =>
    fact("onPremToAws", { network: net.name, gateway: net.gateway, isDirectConnect: net.type === "direct-connect" }),
  );
  if (tgw && att) return tgwForward(w, tgw, att.name, p, h);
  if (!vpc) return null;
  return intoVpc(w, vpc.name, p, net.gateway, "vpn-gateway", h);
}
