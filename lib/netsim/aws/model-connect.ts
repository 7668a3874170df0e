/**
 * The compiled form of connected networks (SCENARIO.md §3b, §4a): VPCs, peering connections, transit gateways with
 * their route tables (static and propagated routes), VPC endpoints, endpoint services and on-premises networks.
 */
import { ipFrom, type IpAddress } from "../core/address";
import { cidrFrom, cidrOverlaps, cidrToString, type Cidr } from "../core/cidr";
import type { EndpointPolicy, Scenario } from "../scenario/schema";
import { allVpcs, DEFAULT_REGION, vpcOfTable } from "../scenario/vpcs";
import { prefixListOf, serviceRanges } from "./service-ranges";
import { preferredConnection } from "./zones";

export type VpcC = {
  name: string;
  cidrs: Cidr[];
  region: string;
  igw: string | null;
  eigw: string | null;
  vgw: string | null;
};
export type PeeringC = { name: string; a: string; b: string; isActive: boolean };
export type TgwRouteC = { dest: Cidr; attachment: string | null; isPropagated: boolean; text: string };
export type TgwAttachmentC = { name: string; vpc: string | null; subnets: string[]; vpn: string | null };
export type TgwC = {
  name: string;
  region: string;
  attachments: Record<string, TgwAttachmentC>;
  /** The route table each attachment is associated with. */
  association: Record<string, string>;
  tables: Record<string, TgwRouteC[]>;
};
export type GatewayEndpointC = {
  name: string;
  vpc: string;
  service: string;
  region: string;
  prefixList: { id: string; name: string };
  policy: EndpointPolicy | null;
};
export type InterfaceEndpointC = {
  name: string;
  vpc: string;
  service: string;
  isEndpointService: boolean;
  enis: string[];
  isPrivateDns: boolean;
  policy: EndpointPolicy | null;
  isAccepted: boolean;
  /** The Region of the service it reaches (cross-Region PrivateLink when not the VPC's) [VPCE-XR]. */
  region: string;
};
export type OnPremC = {
  name: string;
  cidrs: Cidr[];
  gateway: string;
  gatewayKind: "vgw" | "tgw";
  type: "vpn" | "direct-connect";
  isDynamic: boolean;
  staticRoutes: Cidr[];
  routesToAws: Cidr[] | null;
  /** The connection in use (SCENARIO.md §4b). */
  connection?: string;
  /** Every connection of the network is down: nothing is advertised or carried. */
  isDown?: boolean;
};
export type ConnectModel = {
  vpcs: Record<string, VpcC>;
  peerings: Record<string, PeeringC>;
  tgws: Record<string, TgwC>;
  gatewayEndpoints: Record<string, GatewayEndpointC>;
  interfaceEndpoints: Record<string, InterfaceEndpointC>;
  endpointServices: Record<string, { name: string; lb: string }>;
  onprem: Record<string, OnPremC>;
};

const cidrs = (list: readonly string[]) => list.map((t) => cidrFrom(t)).filter((c): c is Cidr => c !== null);

export function compileVpcs(s: Scenario): Record<string, VpcC> {
  const out: Record<string, VpcC> = {};
  for (const v of allVpcs(s))
    out[v.name] = {
      name: v.name,
      cidrs: cidrs([v.cidr, ...v.secondaryCidrs, ...(v.ipv6Cidr ? [v.ipv6Cidr] : [])]),
      region: v.region,
      igw: v.internetGateway ?? null,
      eigw: v.egressOnlyInternetGateway ?? null,
      vgw: v.vpnGateway ?? null,
    };
  return out;
}

/** What a VPN connection advertises toward AWS: its static routes, or the on-premises CIDRs over BGP [S2S-RT]. */
export function vpnPrefixes(n: OnPremC): Cidr[] {
  if (n.isDown) return [];
  return n.isDynamic ? n.cidrs : n.staticRoutes;
}

export function compileConnect(s: Scenario, vpcs: Record<string, VpcC>): ConnectModel {
  const onprem: Record<string, OnPremC> = {};
  for (const [name, n] of Object.entries(s.onPremises)) {
    // The connection the gateway prefers among those that are up [S2S-PRIO] (aws/zones.ts); none: the network is cut off.
    const link = preferredConnection(n);
    const conn = link ?? n.connection;
    const isDynamic = conn.type === "direct-connect" || conn.routing === "dynamic";
    onprem[name] = {
      name,
      cidrs: cidrs(n.cidrs),
      gateway: conn.gateway,
      gatewayKind: s.transitGateways[conn.gateway] ? "tgw" : "vgw",
      type: conn.type,
      isDynamic,
      staticRoutes: link ? cidrs(conn.staticRoutes) : [],
      routesToAws: n.routesToAws ? cidrs(n.routesToAws) : null,
      ...(link ? { connection: conn.name ?? name } : { isDown: true }),
    };
  }
  const peerings: Record<string, PeeringC> = {};
  for (const [name, p] of Object.entries(s.peerings))
    peerings[name] = { name, a: p.requester, b: p.accepter, isActive: p.status === "active" };
  const tgws: Record<string, TgwC> = {};
  for (const [name, g] of Object.entries(s.transitGateways)) {
    const attachments: Record<string, TgwAttachmentC> = {};
    for (const [an, a] of Object.entries(g.attachments))
      attachments[an] = { name: an, vpc: a.vpc ?? null, subnets: a.subnets ?? [], vpn: a.vpn ?? null };
    const association: Record<string, string> = {};
    const tables: Record<string, TgwRouteC[]> = {};
    for (const [tn, t] of Object.entries(g.routeTables)) {
      for (const a of t.associations) association[a] ??= tn;
      const routes: TgwRouteC[] = [];
      for (const r of t.routes) {
        const dest = cidrFrom(r.to);
        if (dest)
          routes.push({
            dest,
            attachment: r.blackhole ? null : (r.attachment ?? null),
            isPropagated: false,
            text: `${cidrToString(dest)} ${r.blackhole ? "blackhole" : (r.attachment ?? "")}`,
          });
      }
      // Propagation: a VPC attachment propagates its VPC's CIDRs, a VPN attachment the prefixes BGP advertises [TGW-RT].
      for (const an of t.propagations) {
        const a = attachments[an];
        if (!a) continue;
        const prefixes = a.vpc
          ? (vpcs[a.vpc]?.cidrs ?? [])
          : a.vpn && onprem[a.vpn]?.isDynamic
            ? (onprem[a.vpn]?.cidrs ?? [])
            : [];
        for (const dest of prefixes) {
          // A VPC whose CIDR equals or overlaps one already propagated here is not propagated [TGW-ATT].
          if (a.vpc && routes.some((r) => r.isPropagated && cidrOverlaps(r.dest, dest))) continue;
          routes.push({ dest, attachment: an, isPropagated: true, text: `${cidrToString(dest)} ${an} (propagated)` });
        }
      }
      tables[tn] = routes;
    }
    tgws[name] = { name, region: g.region ?? s.vpc?.region ?? DEFAULT_REGION, attachments, association, tables };
  }
  const gatewayEndpoints: Record<string, GatewayEndpointC> = {};
  const interfaceEndpoints: Record<string, InterfaceEndpointC> = {};
  const firstVpc = Object.keys(vpcs)[0] ?? "vpc";
  for (const [name, e] of Object.entries(s.endpoints)) {
    const vpc = e.vpc ?? firstVpc;
    const region = vpcs[vpc]?.region ?? DEFAULT_REGION;
    if (e.type === "gateway")
      gatewayEndpoints[name] = {
        name,
        vpc,
        service: e.service,
        region,
        prefixList: prefixListOf(e.service, region),
        policy: e.policy ?? null,
      };
    else {
      const svc = s.endpointServices[e.service];
      interfaceEndpoints[name] = {
        name,
        vpc,
        service: e.service,
        isEndpointService: svc !== undefined,
        enis: e.subnets.map((_, i) => `${name}/${i + 1}`),
        // [VPCE-IF]: private DNS is the default for AWS services; an endpoint service has no public name to take over.
        isPrivateDns: e.privateDns ?? svc === undefined,
        policy: e.policy ?? null,
        isAccepted: !svc?.acceptanceRequired || (svc.accepted ?? []).includes(name),
        region: e.region ?? region,
      };
    }
  }
  const endpointServices: Record<string, { name: string; lb: string }> = {};
  for (const [name, e] of Object.entries(s.endpointServices)) endpointServices[name] = { name, lb: e.loadBalancer };
  return { vpcs, peerings, tgws, gatewayEndpoints, interfaceEndpoints, endpointServices, onprem };
}

/** Route kinds a VPC route table may hold besides the original ones. */
export type ConnectRoute = {
  dest: Cidr;
  via: string;
  kind: "vpce" | "vgw";
  blackhole: false;
  text: string;
  isPropagated: boolean;
};

/**
 * Routes a connected network adds to a VPC route table: the prefix-list routes of the gateway endpoints associated
 * with it [VPCE-GW], and routes propagated from the VPC's virtual private gateway [S2S-RT]. A propagated route that
 * overlaps the VPC's local route is not installed (the local route wins) [S2S-PRIO].
 */
export function addedRoutes(s: Scenario, table: string, vpcs: Record<string, VpcC>, onprem: OnPremC[]): ConnectRoute[] {
  const out: ConnectRoute[] = [];
  const vpcName = vpcOfTable(s, table);
  const vpc = vpcs[vpcName];
  for (const [name, e] of Object.entries(s.endpoints)) {
    if (e.type !== "gateway") continue;
    if (!e.routeTables.includes(table)) continue;
    const region = vpc?.region ?? DEFAULT_REGION;
    const pl = prefixListOf(e.service, region);
    for (const dest of serviceRanges(e.service, region))
      out.push({ dest, via: name, kind: "vpce", blackhole: false, text: `${pl.id} ${name}`, isPropagated: false });
  }
  const prop = s.routeTables[table]?.propagate ?? [];
  for (const g of prop) {
    if (vpc?.vgw !== g) continue;
    for (const n of onprem) {
      if (n.gateway !== g) continue;
      for (const dest of vpnPrefixes(n)) {
        if (vpc.cidrs.some((c) => cidrOverlaps(c, dest))) continue;
        out.push({
          dest,
          via: g,
          kind: "vgw",
          blackhole: false,
          text: `${cidrToString(dest)} ${g} (propagated)`,
          isPropagated: true,
        });
      }
    }
  }
  return out;
}

/** An on-premises host's compiled address. */
export function onPremIp(text: string): IpAddress | null {
  return ipFrom(text);
}
