/**
 * The compiled network: a scenario with addresses parsed, implicit defaults made explicit (default SG,
 * default NACL, main route table, local routes) and rules compiled. Internal; never sent to the browser.
 */
import { ipFrom, type IpAddress } from "../core/address";
import { cidrAddress, cidrFrom, cidrToString, type Cidr } from "../core/cidr";
import { compileHome, type HomeModel } from "../home/model";
import { listenFrom, type Listen } from "../core/apps";

export type { Listen } from "../core/apps";
import { OS_TABLE, expandOsSet } from "../core/operating-systems";
import { ALL_PORTS, parsePortSpec, portRange, type PortSet } from "../core/port-set";
import {
  compileNaclRule,
  compileSgRule,
  RuleMemo,
  starRule,
  type CompiledNaclRule,
  type CompiledSgRule,
} from "../core/rules";
import type { HostFirewall, NaclRule, OsId, Scenario, SgRule } from "../scenario/schema";
import { routeTargets, type TargetKind } from "../scenario/validate";
import { ModelIndex } from "./model-index";

export type FtpConfig = { pasvPorts: PortSet; advertise: "public" | "private" };
export type Eni = {
  name: string;
  kind: "host" | "nat" | "lb";
  subnet: string;
  ip: IpAddress;
  ipv6: IpAddress | null;
  publicIp: IpAddress | null;
  groups: string[];
  os: OsId;
  ephemeral: PortSet;
  listens: Listen[] | "any";
  firewall: HostFirewall | null;
  ftp: FtpConfig | null;
  /** RT-10: false on a NAT instance, which then forwards and source-NATs traffic routed to it. */
  sourceDestCheck: boolean;
};
export type InternetHost = {
  name: string;
  ip: IpAddress;
  ipv6: IpAddress | null;
  os: OsId[];
  listens: Listen[] | "any";
  ftp: FtpConfig | null;
};
export type CompiledRoute = { dest: Cidr; via: string; kind: TargetKind | "missing"; blackhole: boolean; text: string };
export type SubnetC = { name: string; cidr: Cidr; ipv6: Cidr | null; table: string; nacl: string };
export type NaclC = { name: string; inbound: CompiledNaclRule[]; outbound: CompiledNaclRule[] };
export type SgC = { name: string; inbound: CompiledSgRule[]; outbound: CompiledSgRule[] };
export type LbC = { name: string; eni: string; listeners: { port: number; targetPort: number; targets: string[] }[] };
export type Model = {
  vpcCidrs: Cidr[];
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
  /** Look-ups built on first use, shared by the models compiled from the same base (model-index.ts). */
  index: ModelIndex<Eni>;
};

const ALL_V4 = "0.0.0.0/0";
const ALL_V6 = "::/0";

// Implicit rules are shared objects, so compiled rules memoised by object identity (rules.ts) hit.
const ALL_OUT_V4: SgRule[] = [{ proto: "all", to: ALL_V4 }];
const ALL_OUT_V46: SgRule[] = [
  { proto: "all", to: ALL_V4 },
  { proto: "all", to: ALL_V6 },
];
function sgRules(
  s: Scenario,
  name: string,
  cache: CompileCache | undefined,
): { inbound: SgRule[]; outbound: SgRule[] } {
  const g = s.securityGroups[name] ?? { kind: "default" as const, inbound: [], outbound: [] };
  const v6 = s.vpc?.ipv6Cidr !== undefined;
  const allOut = v6 ? ALL_OUT_V46 : ALL_OUT_V4;
  if (g.kind === "custom") return { inbound: g.inbound, outbound: g.outbound };
  if (g.kind === "new") return { inbound: g.inbound, outbound: [...allOut, ...g.outbound] }; // SG-9
  // The group's rule "all traffic from itself", one object per analysis so compiled rules are found by identity.
  let self = cache?.selfRules.get(name);
  if (!self) {
    self = { proto: "all", from: name };
    cache?.selfRules.set(name, self);
  }
  return { inbound: [self, ...g.inbound], outbound: [...allOut, ...g.outbound] }; // SG-10
}

const DEFAULT_NACL: Record<"inbound" | "outbound", NaclRule[]> = {
  inbound: [
    { rule: 100, proto: "all", action: "allow", from: ALL_V4 },
    { rule: 101, proto: "all", action: "allow", from: ALL_V6 },
  ],
  outbound: [
    { rule: 100, proto: "all", action: "allow", to: ALL_V4 },
    { rule: 101, proto: "all", action: "allow", to: ALL_V6 },
  ],
};

function naclRules(
  s: Scenario,
  name: string,
  dir: "inbound" | "outbound",
  rules: RuleMemo | undefined,
): CompiledNaclRule[] {
  const n = s.nacls[name] ?? { kind: "default" as const, inbound: [], outbound: [] };
  const listed = n[dir];
  // NACL-4: rule 100 allows all IPv4; rule 101 allows all IPv6 when the VPC has IPv6.
  const defaults: NaclRule[] = n.kind !== "default" ? [] : DEFAULT_NACL[dir].slice(0, s.vpc?.ipv6Cidr ? 2 : 1);
  const byNumber = new Map<number, NaclRule>();
  for (const r of [...defaults, ...listed]) byNumber.set(r.rule, r);
  const compiled = [...byNumber.values()]
    .map((r) => compileNaclRule(r, rules))
    .filter((r): r is CompiledNaclRule => r !== null);
  compiled.sort((a, b) => a.number - b.number); // NACL-2: ascending order, first match wins
  return [...compiled, starRule(4), starRule(6)];
}

function listensOf(l: "any" | string[]): Listen[] | "any" {
  return l === "any" ? "any" : l.map(listenFrom).filter((x): x is Listen => x !== null);
}

function ftpOf(f: { pasvPorts: string | number; advertise: "public" | "private" } | undefined): FtpConfig | null {
  return f ? { pasvPorts: parsePortSpec(f.pasvPorts) ?? ALL_PORTS, advertise: f.advertise } : null;
}

/**
 * A cache for one choice analysis: choices are applied copy-on-write, so sections and entries no change touched keep
 * their identity and are compiled once. Scoped to one analysis so that a caller editing a scenario in place
 * between calls can never see stale results.
 */
export type CompileCache = {
  entries: WeakMap<object, Map<string, unknown>>;
  rules: RuleMemo;
  selfRules: Map<string, SgRule>;
  bases: { sections: readonly unknown[]; rest: Omit<Model, "sgs" | "nacls"> }[];
};

export function newCompileCache(): CompileCache {
  return { entries: new WeakMap(), rules: new RuleMemo(), selfRules: new Map(), bases: [] };
}

/** Stand for a group or NACL named `default` that the scenario does not list (its rules are implicit). */
const IMPLICIT_SG = {};
const IMPLICIT_NACL = {};

function memo<T>(cache: CompileCache | undefined, source: object, key: string, build: () => T): T {
  if (!cache) return build();
  let m = cache.entries.get(source);
  if (!m) {
    m = new Map();
    cache.entries.set(source, m);
  }
  const hit = m.get(key);
  if (hit !== undefined) return hit as T;
  const v = build();
  m.set(key, v);
  return v;
}

function compileSg(s: Scenario, name: string, isV6: boolean, cache: CompileCache | undefined): SgC {
  return memo(cache, s.securityGroups[name] ?? IMPLICIT_SG, isV6 ? `${name}|6` : name, () => {
    const r = sgRules(s, name, cache);
    return {
      name,
      inbound: r.inbound
        .map((x, i) => compileSgRule(x, name, "inbound", i, cache?.rules))
        .filter((x): x is CompiledSgRule => x !== null),
      outbound: r.outbound
        .map((x, i) => compileSgRule(x, name, "outbound", i, cache?.rules))
        .filter((x): x is CompiledSgRule => x !== null),
    };
  });
}

function compileNacl(s: Scenario, name: string, isV6: boolean, cache: CompileCache | undefined): NaclC {
  return memo(cache, s.nacls[name] ?? IMPLICIT_NACL, isV6 ? `${name}|6` : name, () => ({
    name,
    inbound: naclRules(s, name, "inbound", cache?.rules),
    outbound: naclRules(s, name, "outbound", cache?.rules),
  }));
}

/** Compiles a validated scenario. */
export function compile(s: Scenario, cache?: CompileCache): Model {
  const isV6 = s.vpc?.ipv6Cidr !== undefined;
  const sgs: Record<string, SgC> = {};
  if (!("default" in s.securityGroups)) sgs.default = compileSg(s, "default", isV6, cache);
  for (const name of Object.keys(s.securityGroups)) sgs[name] = compileSg(s, name, isV6, cache);
  const nacls: Record<string, NaclC> = {};
  if (!("default" in s.nacls)) nacls.default = compileNacl(s, "default", isV6, cache);
  for (const name of Object.keys(s.nacls)) nacls[name] = compileNacl(s, name, isV6, cache);
  // Everything else depends only on these sections; choice analysis mostly changes groups and NACLs, so the rest is
  // compiled once per distinct set of section objects (copy on write keeps untouched sections identical).
  if (!cache) return { ...compileBase(s), sgs, nacls };
  const sections = [s.vpc, s.subnets, s.routeTables, s.hosts, s.natGateways, s.loadBalancers, s.internet, s.home];
  let rest: Omit<Model, "sgs" | "nacls"> | undefined;
  for (const b of cache.bases) {
    let same = true;
    for (let i = 0; i < sections.length; i++)
      if (b.sections[i] !== sections[i]) {
        same = false;
        break;
      }
    if (same) {
      rest = b.rest;
      break;
    }
  }
  if (!rest) {
    rest = compileBase(s);
    cache.bases.push({ sections, rest });
  }
  return {
    vpcCidrs: rest.vpcCidrs,
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
  };
}

function compileBase(s: Scenario): Omit<Model, "sgs" | "nacls"> {
  const vpcCidrs = [s.vpc ? cidrFrom(s.vpc.cidr) : null, s.vpc?.ipv6Cidr ? cidrFrom(s.vpc.ipv6Cidr) : null].filter(
    (c): c is Cidr => c !== null,
  );
  const mainTable = Object.entries(s.routeTables).find(([, t]) => t.main)?.[0] ?? "main";
  const targets = routeTargets(s);
  const tables: Record<string, CompiledRoute[]> = {};
  for (const name of new Set([...Object.keys(s.routeTables), mainTable])) {
    const local = vpcCidrs.map((c) => ({
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
    tables[name] = [...local, ...routes.filter((r): r is CompiledRoute => r !== null)];
  }
  const subnets: Record<string, SubnetC> = {};
  for (const [name, sub] of Object.entries(s.subnets)) {
    const cidr = cidrFrom(sub.cidr);
    if (!cidr) continue;
    subnets[name] = {
      name,
      cidr,
      ipv6: sub.ipv6Cidr ? cidrFrom(sub.ipv6Cidr) : null,
      table: sub.routeTable ?? mainTable,
      nacl: sub.nacl ?? "default",
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
      ip,
      ipv6: h.ipv6 ? ipFrom(h.ipv6) : null,
      publicIp: pub ? ipFrom(pub) : null,
      groups: h.securityGroups ?? ["default"],
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
      ip,
      ipv6: null,
      publicIp: lb.publicIp ? ipFrom(lb.publicIp) : autoEip(),
      groups: lb.securityGroups,
      os: "elb",
      ephemeral: portRange(1024, 65535),
      listens: lb.listeners.map((l) => ({ proto: "tcp" as const, ports: portRange(l.port) })),
      firewall: null,
      ftp: null,
      sourceDestCheck: true,
    };
    lbs[name] = { name, eni: name, listeners: lb.listeners };
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
  return {
    vpcCidrs,
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
