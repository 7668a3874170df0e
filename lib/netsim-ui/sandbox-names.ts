/**
 * What the sandbox's forms offer to choose from in a network of one or several VPCs: route tables (the implicit main
 * tables too), route targets, a subnet's security groups, a VPC's subnets and tables, the gateways on-premises
 * networks connect to. Pure; names only.
 */
import type { Scenario } from "@/lib/netsim";
import { firstVpcName, vpcNames, vpcOf } from "@/lib/netsim-ui/sandbox-build";

/** The implicit main table of a VPC: `main` for the first, `main:<vpc>` for the others (SCENARIO.md §3b). */
const implicitName = (s: Scenario, base: "main" | "default", vpc: string) =>
  vpc === firstVpcName(s) ? base : `${base}:${vpc}`;

/** Every route table a route can be written in: the listed ones and each VPC's implicit main table if none is marked. */
export function routeTableNames(s: Scenario): string[] {
  const listed = Object.entries(s.routeTables);
  const implicit = vpcNames(s)
    .filter((vpc) => !listed.some(([, table]) => table.main && vpcOf(s, table) === vpc))
    .map((vpc) => implicitName(s, "main", vpc));
  return [...new Set([...listed.map(([name]) => name), ...implicit])];
}

/** The route tables of one VPC (listed ones first, then its implicit main table). */
export function routeTablesOf(s: Scenario, vpc: string): string[] {
  return routeTableNames(s).filter((name) => {
    const table = s.routeTables[name];
    return table ? vpcOf(s, table) === vpc : name === implicitName(s, "main", vpc);
  });
}

/** The subnets of one VPC. */
export function subnetsOf(s: Scenario, vpc: string): string[] {
  return Object.entries(s.subnets)
    .filter(([, subnet]) => vpcOf(s, subnet) === vpc)
    .map(([name]) => name);
}

/** The virtual private gateways attached to the scenario's VPCs, with their VPC. */
export function vpnGateways(s: Scenario): { name: string; vpc: string }[] {
  const all = [
    ...(s.vpc ? [{ name: s.vpc.vpnGateway, vpc: firstVpcName(s) }] : []),
    ...Object.entries(s.vpcs).map(([vpc, v]) => ({ name: v.vpnGateway, vpc })),
  ];
  return all.filter((g): g is { name: string; vpc: string } => typeof g.name === "string");
}

/** Where a VPC route may point: gateways, NAT gateways, instances, peering connections, transit gateways. */
export function routeTargets(s: Scenario): string[] {
  const gateways = [s.vpc, ...Object.values(s.vpcs)].flatMap((v) =>
    v ? [v.internetGateway, v.egressOnlyInternetGateway, v.vpnGateway] : [],
  );
  return [
    ...new Set([
      ...gateways.filter((x): x is string => typeof x === "string"),
      ...Object.keys(s.natGateways),
      ...Object.keys(s.peerings),
      ...Object.keys(s.transitGateways),
      ...Object.keys(s.hosts),
    ]),
  ];
}

/** The security groups a host in this subnet may have: its VPC's (the implicit default group first). */
export function groupsOfSubnet(s: Scenario, subnet: string): string[] {
  const vpc = vpcOf(s, s.subnets[subnet]);
  return groupsOfVpc(s, vpc);
}

export function groupsOfVpc(s: Scenario, vpc: string): string[] {
  const fallback = implicitName(s, "default", vpc);
  const listed = Object.entries(s.securityGroups)
    .filter(([name, group]) => vpcOf(s, group) === vpc && name !== fallback)
    .map(([name]) => name);
  return [fallback, ...listed];
}

/** A free name `<prefix><n>` (n = 2, 3 …) among the taken ones. */
export function freeName(prefix: string, taken: readonly string[]): string {
  for (let n = 2; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** A new VPC's suggested values: a free name and a 10.N.0.0/16 block no VPC of the scenario uses yet. */
export function suggestVpc(
  s: Scenario,
  taken: readonly string[],
): { name: string; cidr: string; subnet: string; subnetCidr: string } {
  const used = [s.vpc?.cidr, ...Object.values(s.vpcs).map((v) => v.cidr)].map((cidr) => cidr?.split(".")[1]);
  let octet = 1;
  while (used.includes(String(octet)) && octet < 255) octet++;
  const name = freeName("vpc", taken);
  return { name, cidr: `10.${octet}.0.0/16`, subnet: `${name}-a`, subnetCidr: `10.${octet}.1.0/24` };
}
