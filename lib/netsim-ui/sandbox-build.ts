/**
 * The sandbox's network builds: what the scenario format's changes cannot create (another VPC with a subnet, a
 * transit gateway and its route tables, a virtual private gateway, an on-premises network). Applied in order before
 * the changes (peerings, endpoints, attachments, routes are changes), each checked by the simulator's own validation:
 * one AWS would refuse is skipped with its reason, so a half-built network is never an error. Pure; no zod here (the
 * server reads the URL with sandbox-edits.ts).
 */
import { validateScenario, type Scenario } from "@/lib/netsim";

export type VpcBuild = { name: string; cidr: string; region?: string; subnet: string; subnetCidr: string };
export type OnPremBuild = {
  name: string;
  cidr: string;
  type: "vpn" | "direct-connect";
  /** A virtual private gateway or a transit gateway (then a VPN attachment names this network). */
  gateway: string;
  routing: "static" | "dynamic";
  /** What the customer router sends toward AWS (static routing); BGP learns it. */
  routesToAws: string[];
  host: string;
  hostIp: string;
  /** Services the host listens on; `["any"]` for every port. */
  listens: string[];
};

/** One build; exactly one key, like a scenario change. */
export type NetworkBuild =
  | { addVpc: VpcBuild }
  | { addTransitGateway: { name: string; table: string } }
  | { addTgwRouteTable: { tgw: string; name: string } }
  | { attachVpnGateway: { vpc: string; name: string } }
  | { addOnPremises: OnPremBuild };

/** Why a build was skipped: a key of `netsim.sandbox.connect.refused`, and the validator's own words (for authors). */
export type BuildRefusalKind =
  "nameTaken" | "missing" | "gatewayExists" | "cidrSize" | "cidrOutside" | "cidrOverlap" | "cidr" | "other";
export type BuildRefusal = { kind: BuildRefusalKind; detail: string };
export type Refusal = BuildRefusal & { index: number };

/** The first VPC's name (the scenario format's default is `vpc`). */
export function firstVpcName(s: Scenario): string {
  return s.vpc?.name ?? "vpc";
}

/** Every VPC's name, the first one first. */
export function vpcNames(s: Scenario): string[] {
  return [...(s.vpc ? [firstVpcName(s)] : []), ...Object.keys(s.vpcs)];
}

/** The VPC a subnet or route table is in. */
export function vpcOf(s: Scenario, item: { vpc?: string } | undefined): string {
  return item?.vpc ?? firstVpcName(s);
}

/** Every name a new item must not take (hosts, gateways, tables, networks …): names are shared by `via:` and flows. */
export function takenNames(s: Scenario): string[] {
  const gateways = [s.vpc, ...Object.values(s.vpcs)].flatMap((v) =>
    v ? [v.internetGateway, v.egressOnlyInternetGateway, v.vpnGateway] : [],
  );
  return [
    ...vpcNames(s),
    ...gateways.filter((x): x is string => typeof x === "string"),
    ...[s.subnets, s.routeTables, s.securityGroups, s.nacls, s.hosts, s.natGateways, s.loadBalancers, s.internet]
      .map((record: Record<string, unknown>) => Object.keys(record))
      .flat(),
    ...[s.peerings, s.transitGateways, s.endpoints, s.endpointServices, s.onPremises]
      .map((record: Record<string, unknown>) => Object.keys(record))
      .flat(),
    ...Object.values(s.transitGateways).flatMap((t) => [...Object.keys(t.attachments), ...Object.keys(t.routeTables)]),
    ...Object.values(s.onPremises).flatMap((n) => Object.keys(n.hosts)),
    "internet",
    "main",
    "default",
  ];
}

const refuse = (kind: BuildRefusalKind, detail: string): BuildRefusal => ({ kind, detail });

/** The scenario with one build in place, or why AWS would not let it be made (a name taken, a gateway missing …). */
export function applyBuild(s: Scenario, build: NetworkBuild): { scenario: Scenario } | { reason: BuildRefusal } {
  const taken = new Set(takenNames(s));
  const fresh = (...names: string[]) => names.find((n) => taken.has(n));
  if ("addVpc" in build) {
    const { name, cidr, region, subnet, subnetCidr } = build.addVpc;
    const clash = fresh(name, subnet, `${subnet}-rt`, `${name}-sg`);
    if (clash) return { reason: refuse("nameTaken", `the name "${clash}" is taken`) };
    return {
      scenario: {
        ...s,
        vpcs: { ...s.vpcs, [name]: { cidr, ...(region ? { region } : {}) } },
        subnets: { ...s.subnets, [subnet]: { vpc: name, cidr: subnetCidr, routeTable: `${subnet}-rt` } },
        routeTables: { ...s.routeTables, [`${subnet}-rt`]: { vpc: name, main: false, routes: [] } },
        securityGroups: {
          ...s.securityGroups,
          [`${name}-sg`]: { vpc: name, kind: "new", inbound: [], outbound: [] },
        },
      },
    };
  }
  if ("addTransitGateway" in build) {
    const { name, table } = build.addTransitGateway;
    const clash = fresh(name, table);
    if (clash) return { reason: refuse("nameTaken", `the name "${clash}" is taken`) };
    const routeTables = { [table]: { associations: [], propagations: [], routes: [] } };
    return { scenario: { ...s, transitGateways: { ...s.transitGateways, [name]: { attachments: {}, routeTables } } } };
  }
  if ("addTgwRouteTable" in build) {
    const { tgw, name } = build.addTgwRouteTable;
    const gateway = s.transitGateways[tgw];
    if (!gateway) return { reason: refuse("missing", `transit gateway "${tgw}" does not exist`) };
    if (fresh(name)) return { reason: refuse("nameTaken", `the name "${name}" is taken`) };
    const routeTables = { ...gateway.routeTables, [name]: { associations: [], propagations: [], routes: [] } };
    return { scenario: { ...s, transitGateways: { ...s.transitGateways, [tgw]: { ...gateway, routeTables } } } };
  }
  if ("attachVpnGateway" in build) {
    const { vpc, name } = build.attachVpnGateway;
    if (fresh(name)) return { reason: refuse("nameTaken", `the name "${name}" is taken`) };
    if (s.vpc && vpc === firstVpcName(s)) {
      if (s.vpc.vpnGateway)
        return { reason: refuse("gatewayExists", `VPC "${vpc}" already has a virtual private gateway`) };
      return { scenario: { ...s, vpc: { ...s.vpc, vpnGateway: name } } };
    }
    const other = s.vpcs[vpc];
    if (!other) return { reason: refuse("missing", `VPC "${vpc}" does not exist`) };
    if (other.vpnGateway)
      return { reason: refuse("gatewayExists", `VPC "${vpc}" already has a virtual private gateway`) };
    return { scenario: { ...s, vpcs: { ...s.vpcs, [vpc]: { ...other, vpnGateway: name } } } };
  }
  const { name, cidr, type, gateway, routing, routesToAws, host, hostIp, listens } = build.addOnPremises;
  const clash = fresh(name, host);
  if (clash) return { reason: refuse("nameTaken", `the name "${clash}" is taken`) };
  const isGateway =
    gateway in s.transitGateways || [s.vpc, ...Object.values(s.vpcs)].some((v) => v?.vpnGateway === gateway);
  if (!isGateway) return { reason: refuse("missing", `gateway "${gateway}" does not exist`) };
  const isStatic = type === "vpn" && routing === "static";
  const network = {
    cidrs: [cidr],
    connection: {
      type,
      gateway,
      routing: type === "direct-connect" ? "dynamic" : routing,
      staticRoutes: isStatic ? [cidr] : [],
    },
    ...(isStatic ? { routesToAws } : {}),
    hosts: { [host]: { ip: hostIp, os: "linux", listens: listens.includes("any") ? "any" : listens } },
  } satisfies Scenario["onPremises"][string];
  return { scenario: { ...s, onPremises: { ...s.onPremises, [name]: network } } };
}

/** The builds in order; each one the simulator's validation refuses (or that cannot be made) is skipped with its reason. */
export function applyBuilds(
  base: Scenario,
  builds: readonly NetworkBuild[],
): { scenario: Scenario; refused: Refusal[] } {
  let s = base;
  const refused: Refusal[] = [];
  builds.forEach((build, index) => {
    const built = applyBuild(s, build);
    if ("reason" in built) {
      refused.push({ index, ...built.reason });
      return;
    }
    const [problem] = validateScenario(built.scenario);
    if (problem) refused.push({ index, ...refuse(kindOf(problem.message), problem.message) });
    else s = built.scenario;
  });
  return { scenario: s, refused };
}

/** The learner's sentence for a validation message (the explain layer's `invalid` kinds). */
function kindOf(message: string): BuildRefusalKind {
  if (message.includes("between /16 and /28")) return "cidrSize";
  if (message.includes("is outside")) return "cidrOutside";
  if (message.includes("overlap")) return "cidrOverlap";
  if (message.includes("is not an IPv4 CIDR") || message.includes("is not a CIDR")) return "cidr";
  if (message.includes("does not exist") || message.includes("unknown")) return "missing";
  return "other";
}

/** A build's own values, as configuration text (names and addresses, no prose). */
export function buildSummary(build: NetworkBuild): string {
  const [op] = Object.values(build) as Record<string, unknown>[];
  return Object.values(op ?? {})
    .map((v) => (Array.isArray(v) ? v.join(",") : String(v)))
    .filter((v) => v !== "")
    .join(" ");
}
