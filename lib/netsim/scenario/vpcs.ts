/**
 * Several VPCs in one scenario (SCENARIO.md §4a): the first is `vpc:` (named by `vpc.name`, default `vpc`), the others
 * are `vpcs.<name>`. Subnets, route tables, NACLs and security groups say which VPC they belong to with `vpc:`
 * (default: the first). Each VPC has its own implicit main route table, default NACL and default security group:
 * `main`, `default` for the first VPC, `main:<vpc>`, `default:<vpc>` for the others.
 */
import type { Scenario } from "./schema";

export const DEFAULT_REGION = "us-east-1";

export type VpcInfo = {
  name: string;
  cidr: string;
  ipv6Cidr: string | undefined;
  region: string;
  internetGateway: string | undefined;
  egressOnlyInternetGateway: string | undefined;
  vpnGateway: string | undefined;
  /** Secondary IPv4 CIDR blocks (SCENARIO.md §4b). */
  secondaryCidrs: string[];
  isFirst: boolean;
};

export function firstVpcName(s: Scenario): string {
  return s.vpc?.name ?? "vpc";
}

/** Every VPC of the scenario, the first one first. */
export function allVpcs(s: Scenario): VpcInfo[] {
  const out: VpcInfo[] = [];
  if (s.vpc)
    out.push({
      name: firstVpcName(s),
      cidr: s.vpc.cidr,
      ipv6Cidr: s.vpc.ipv6Cidr,
      region: s.vpc.region ?? DEFAULT_REGION,
      internetGateway: s.vpc.internetGateway,
      egressOnlyInternetGateway: s.vpc.egressOnlyInternetGateway,
      vpnGateway: s.vpc.vpnGateway,
      secondaryCidrs: s.vpc.secondaryCidrs ?? [],
      isFirst: true,
    });
  for (const [name, v] of Object.entries(s.vpcs))
    out.push({
      name,
      cidr: v.cidr,
      ipv6Cidr: v.ipv6Cidr,
      region: v.region ?? s.vpc?.region ?? DEFAULT_REGION,
      internetGateway: v.internetGateway,
      egressOnlyInternetGateway: v.egressOnlyInternetGateway,
      vpnGateway: v.vpnGateway,
      secondaryCidrs: v.secondaryCidrs ?? [],
      isFirst: false,
    });
  return out;
}

export function vpcByName(s: Scenario, name: string | undefined): VpcInfo | undefined {
  const n = name ?? firstVpcName(s);
  return allVpcs(s).find((v) => v.name === n);
}

/** Name of a VPC's implicit main route table, default NACL or default security group. */
export function implicitName(s: Scenario, kind: "main" | "default", vpc: string): string {
  return vpc === firstVpcName(s) ? kind : `${kind}:${vpc}`;
}

/** The VPC an implicit name (`main:<vpc>`, `default:<vpc>`) belongs to, or undefined for ordinary names. */
function vpcOfImplicit(s: Scenario, name: string): string | undefined {
  if (name === "main" || name === "default") return firstVpcName(s);
  const m = /^(?:main|default):(.+)$/.exec(name);
  return m ? m[1] : undefined;
}

export function vpcOfSubnet(s: Scenario, subnet: string): string {
  return s.subnets[subnet]?.vpc ?? firstVpcName(s);
}

export function vpcOfTable(s: Scenario, table: string): string {
  return s.routeTables[table]?.vpc ?? vpcOfImplicit(s, table) ?? firstVpcName(s);
}

export function vpcOfNacl(s: Scenario, nacl: string): string {
  return s.nacls[nacl]?.vpc ?? vpcOfImplicit(s, nacl) ?? firstVpcName(s);
}

export function vpcOfGroup(s: Scenario, group: string): string {
  return s.securityGroups[group]?.vpc ?? vpcOfImplicit(s, group) ?? firstVpcName(s);
}

export function vpcOfHost(s: Scenario, host: string): string {
  const h = s.hosts[host];
  return h ? vpcOfSubnet(s, h.subnet) : firstVpcName(s);
}

/** The main route table of a VPC: the one marked `main: true` in it, else the implicit one. */
export function mainTableOf(s: Scenario, vpc: string): string {
  const marked = Object.entries(s.routeTables).find(([n, t]) => t.main && vpcOfTable(s, n) === vpc);
  return marked?.[0] ?? implicitName(s, "main", vpc);
}

/** Names every VPC has implicitly: its main table, default NACL and default group. */
export function implicitNames(s: Scenario, kind: "main" | "default"): string[] {
  return allVpcs(s).map((v) => implicitName(s, kind, v.name));
}

/** Whether two VPCs are joined by an active peering connection. */
export function arePeered(s: Scenario, a: string, b: string): boolean {
  return Object.values(s.peerings).some(
    (p) =>
      p.status === "active" && ((p.requester === a && p.accepter === b) || (p.requester === b && p.accepter === a)),
  );
}
