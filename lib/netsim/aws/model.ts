/**
 * The compiled network: a scenario with addresses parsed, implicit defaults made explicit (default SG,
 * default NACL, main route table, local routes) and rules compiled. Internal; never sent to the browser.
 */
import { ipFrom, type IpAddress } from "../core/address";
import { cidrAddress, cidrFrom, cidrToString, type Cidr } from "../core/cidr";
import type { HomeModel } from "../home/model";
import { compileHome, endpointEnis } from "../on-demand";
import { listenFrom, type Listen } from "../core/apps";
import { OS_TABLE, expandOsSet } from "../core/operating-systems";
import { ALL_PORTS, parsePortSpec, portRange } from "../core/port-set";
import type { OsId, Scenario } from "../scenario/schema";
import { routeTargets } from "../scenario/names";
import { ModelIndex } from "./model-index";
import { addedRoutes, compileConnect, compileVpcs, type ConnectModel, type VpcC } from "./model-connect";
import { servedTargets } from "./zones";
import { implicitName, mainTableOf, vpcOfSubnet, vpcOfTable } from "../scenario/vpcs";
import { compileNacl, compileSg, type CompileCache } from "./model-rules";
import type { CompiledRoute, Eni, FtpConfig, InternetHost, LbC, NaclC, SgC, SubnetC } from "./model-types";
import type { ResourcePolicy } from "./schema-policy";
import { observationOf, type ObservationModel } from "./client-ip";

export type { Listen } from "../core/apps";
export type { CompiledRoute, Eni, FtpConfig, InternetHost, LbC, NaclC, SgC, SubnetC } from "./model-types";
export { newCompileCache, type CompileCache } from "./model-rules";

export type Model = {
  vpcCidrs: Cidr[];
  vpcs: Record<string, VpcC>;
  /** Peering, transit gateways, endpoints, on premises; null when the scenario has none (SCENARIO.md §3b). */
  connect: ConnectModel | null;
  igw: string | null;
  eigw: string | null;
  subnets: Record<string, SubnetC>;
  tables: Record<string, CompiledRoute[]>;
  sgs: Record<string, SgC>;
  nacls: Record<string, NaclC>;
  enis: Record<string, Eni>;
  internet: Record<string, InternetHost>;
  lbs: Record<string, LbC>;
  home: HomeModel | null;
  /** S3 bucket and KMS key policies by name (SCENARIO.md §3d); not compiled, so choices that change them stay cheap. */
  resourcePolicies?: Record<string, ResourcePolicy>;
  /** How applications behind load balancers learn the client's address (SCENARIO.md §3d). */
  observation?: ObservationModel;
  /** Look-ups built on first use, shared by the models compiled from the same base (model-index.ts). */
  index: ModelIndex<Eni>;
};

function listensOf(l: "any" | string[]): Listen[] | "any" {
  return l === "any" ? "any" : l.map(listenFrom).filter((x): x is Listen => x !== null);
}

function ftpOf(f: { pasvPorts: string | number; advertise: "public" | "private" } | undefined): FtpConfig | null {
  return f ? { pasvPorts: parsePortSpec(f.pasvPorts) ?? ALL_PORTS, advertise: f.advertise } : null;
}

/** Compiles a validated scenario. */
export function compile(s: Scenario, cache?: CompileCache): Model {
  const isV6 = s.vpc?.ipv6Cidr !== undefined;
  const sgs: Record<string, SgC> = {};
  const implicit = ["default", ...Object.keys(s.vpcs).map((v) => implicitName(s, "default", v))];
  for (const name of implicit) if (!(name in s.securityGroups)) sgs[name] = compileSg(s, name, isV6, cache);
  for (const name of Object.keys(s.securityGroups)) sgs[name] = compileSg(s, name, isV6, cache);
  const nacls: Record<string, NaclC> = {};
  for (const name of implicit) if (!(name in s.nacls)) nacls[name] = compileNacl(s, name, isV6, cache);
  for (const name of Object.keys(s.nacls)) nacls[name] = compileNacl(s, name, isV6, cache);
  // Everything else depends only on these sections; choice analysis mostly changes groups and NACLs, so the rest is
  // compiled once per distinct set of section objects (copy on write keeps untouched sections identical).
  const policies = s.resourcePolicies;
  const observation = observationOf(s);
  const extra = { ...(policies ? { resourcePolicies: policies } : {}), observation };
  if (!cache) return { ...compileBase(s), sgs, nacls, ...extra };
  const sections = [
    s.vpc,
    s.subnets,
    s.routeTables,
    s.hosts,
    s.natGateways,
    s.loadBalancers,
    s.internet,
    s.home,
    s.vpcs,
    s.peerings,
    s.transitGateways,
    s.endpoints,
    s.endpointServices,
    s.onPremises,
  ];
  let rest: Omit<Model, "sgs" | "nacls"> | undefined;
  for (const b of cache.bases) {
    let same = true;
    for (let i = 0; i < sections.length; i++)
      if (b.sections[i] !== sections[i]) {
        same = false;
        break;
      }
    if (same) {
      rest = b.rest as Omit<Model, "sgs" | "nacls">;
      break;
    }
  }
  if (!rest) {
    rest = compileBase(s);
    cache.bases.push({ sections, rest });
  }
  return {
    vpcCidrs: rest.vpcCidrs,
    vpcs: rest.vpcs,
    connect: rest.connect,
    igw: rest.igw,
    eigw: rest.eigw,
    subnets: rest.subnets,
    tables: rest.tables,
    enis: rest.enis,
    internet: rest.internet,
    lbs: rest.lbs,
    home: rest.home,
    index: rest.index,
    sgs,
    nacls,
    ...extra,
  };
}

function compileBase(s: Scenario): Omit<Model, "sgs" | "nacls"> {
  const vpcCidrs = [s.vpc ? cidrFrom(s.vpc.cidr) : null, s.vpc?.ipv6Cidr ? cidrFrom(s.vpc.ipv6Cidr) : null].filter(
    (c): c is Cidr => c !== null,
  );
  const vpcs = compileVpcs(s);
  const hasConnect =
    Object.keys(s.vpcs).length +
      Object.keys(s.peerings).length +
      Object.keys(s.transitGateways).length +
      Object.keys(s.endpoints).length +
      Object.keys(s.onPremises).length >
    0;
  const connect = hasConnect ? compileConnect(s, vpcs) : null;
  const onprem = connect ? Object.values(connect.onprem) : [];
  const targets = routeTargets(s);
  const tables: Record<string, CompiledRoute[]> = {};
  for (const name of new Set([...Object.keys(s.routeTables), ...Object.keys(vpcs).map((v) => mainTableOf(s, v))])) {
    const own = vpcs[vpcOfTable(s, name)]?.cidrs ?? vpcCidrs;
    const local = own.map((c) => ({
      dest: c,
      via: "local",
      kind: "local" as const,
      blackhole: false,
      text: `${fmt(c)} local`,
    }));
    const routes = (s.routeTables[name]?.routes ?? []).map((r) => {
      const dest = cidrFrom(r.to);
      const kind = targets.get(r.via) ?? "missing";
      return dest
        ? {
            dest,
            via: r.via,
            kind,
            blackhole: r.blackhole === true || kind === "missing",
            text: `${fmt(dest)} ${r.via}${r.blackhole || kind === "missing" ? " (blackhole)" : ""}`,
          }
        : null;
    });
    const extra = hasConnect ? addedRoutes(s, name, vpcs, onprem) : [];
    tables[name] = [...local, ...routes.filter((r): r is CompiledRoute => r !== null), ...extra];
  }
  const subnets: Record<string, SubnetC> = {};
  for (const [name, sub] of Object.entries(s.subnets)) {
    const cidr = cidrFrom(sub.cidr);
    if (!cidr) continue;
    const vpc = vpcOfSubnet(s, name);
    subnets[name] = {
      name,
      cidr,
      ipv6: sub.ipv6Cidr ? cidrFrom(sub.ipv6Cidr) : null,
      table: sub.routeTable ?? mainTableOf(s, vpc),
      nacl: sub.nacl ?? implicitName(s, "default", vpc),
      vpc,
      ...(sub.availabilityZone !== undefined ? { az: sub.availabilityZone } : {}),
    };
  }
  const enis: Record<string, Eni> = {};
  const counters = new Map<string, number>();
  const autoIp = (subnet: string): IpAddress | null => {
    const c = subnets[subnet]?.cidr;
    if (!c) return null;
    const n = counters.get(subnet) ?? 0;
    counters.set(subnet, n + 1);
    return cidrAddress(c, 10 + n + 1);
  };
  let eipCounter = 0;
  const autoEip = () => ipFrom(`52.95.${Math.floor(eipCounter / 250)}.${(eipCounter++ % 250) + 1}`);
  for (const [name, h] of Object.entries(s.hosts)) {
    const ip = (h.ip ? ipFrom(h.ip) : null) ?? autoIp(h.subnet);
    if (!ip || !subnets[h.subnet]) continue;
    const pub = h.elasticIp ?? h.publicIp;
    enis[name] = {
      name,
      kind: "host",
      subnet: h.subnet,
      vpc: subnets[h.subnet]?.vpc ?? "vpc",
      ip,
      ipv6: h.ipv6 ? ipFrom(h.ipv6) : null,
      publicIp: pub ? ipFrom(pub) : null,
      groups: h.securityGroups ?? [implicitName(s, "default", subnets[h.subnet]?.vpc ?? "vpc")],
      os: h.os,
      ephemeral: (h.ephemeralPorts !== undefined ? parsePortSpec(h.ephemeralPorts) : null) ?? OS_TABLE[h.os].ephemeral,
      listens: listensOf(h.listens),
      firewall: h.firewall ?? null,
      ftp: ftpOf(h.ftp),
      sourceDestCheck: h.sourceDestCheck !== false,
    };
  }
  for (const [name, n] of Object.entries(s.natGateways)) {
    const ip = (n.ip ? ipFrom(n.ip) : null) ?? autoIp(n.subnet);
    if (!ip || !subnets[n.subnet]) continue;
    // RT-6: no security group on a NAT gateway; it uses ports 1024-65535 toward the destination.
    enis[name] = {
      name,
      kind: "nat",
      subnet: n.subnet,
      vpc: subnets[n.subnet]?.vpc ?? "vpc",
      ip,
      ipv6: null,
      publicIp: n.elasticIp ? ipFrom(n.elasticIp) : autoEip(),
      groups: [],
      os: "nat-gateway",
      ephemeral: portRange(1024, 65535),
      listens: [],
      firewall: null,
      ftp: null,
      sourceDestCheck: true,
    };
  }
  const lbs: Record<string, LbC> = {};
  for (const [name, lb] of Object.entries(s.loadBalancers)) {
    const ip = (lb.ip ? ipFrom(lb.ip) : null) ?? autoIp(lb.subnet);
    if (!ip || !subnets[lb.subnet]) continue;
    enis[name] = {
      name,
      kind: "lb",
      subnet: lb.subnet,
      vpc: subnets[lb.subnet]?.vpc ?? "vpc",
      ip,
      ipv6: null,
      publicIp: lb.publicIp ? ipFrom(lb.publicIp) : lb.scheme === "internal" ? null : autoEip(),
      groups: lb.securityGroups,
      os: "elb",
      ephemeral: portRange(1024, 65535),
      listens: lb.listeners.map((l) => ({ proto: "tcp" as const, ports: portRange(l.port) })),
      firewall: null,
      ftp: null,
      sourceDestCheck: true,
    };
    // [NLB-IP]: preserved by default for instance targets, not for IP targets over TCP.
    const isClientIpPreserved = lb.type === "network" && (lb.preserveClientIp ?? lb.targetType !== "ip");
    // [ELB-AZ] targets in an Availability Zone the load balancer does not enable receive no traffic.
    const listeners = lb.listeners.map((l) => ({ ...l, targets: servedTargets(s, lb, l.targets) }));
    lbs[name] = { name, eni: name, listeners, type: lb.type, isClientIpPreserved };
  }
  const internet: Record<string, InternetHost> = {};
  const defaults: [string, { os: OsId[] | "all" }][] = [["internet", { os: "all" }]];
  let i = 0;
  for (const [name, ih] of [...defaults.map(([n]) => [n, undefined] as const), ...Object.entries(s.internet)]) {
    i++;
    internet[name] = {
      name,
      ip: (ih?.ip ? ipFrom(ih.ip) : null) ?? (ipFrom(`198.51.100.${i}`) as IpAddress),
      ipv6: (ih?.ipv6 ? ipFrom(ih.ipv6) : null) ?? ipFrom(`2001:db8:ffff::${i}`),
      os: expandOsSet(ih?.os ?? "all", []),
      listens: listensOf(ih?.listens ?? "any"),
      ftp: ftpOf(ih?.ftp) ?? { pasvPorts: portRange(1024, 65535), advertise: "public" },
    };
  }
  if (connect) endpointEnis(s, connect, subnets, enis, autoIp, internet);
  return {
    vpcCidrs,
    vpcs,
    connect,
    igw: s.vpc?.internetGateway ?? null,
    eigw: s.vpc?.egressOnlyInternetGateway ?? null,
    subnets,
    tables,
    enis,
    internet,
    lbs,
    home: s.home ? compileHome(s.home) : null,
    index: new ModelIndex(enis),
  };
}

const fmt = cidrToString;
