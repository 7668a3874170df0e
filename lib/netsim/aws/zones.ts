/**
 * Availability Zones and redundant on-premises connections (SCENARIO.md §3c, §4b): which transit gateway attachment
 * interface a subnet's traffic uses [TGW-AZ], which of an on-premises network's connections the gateway prefers
 * [S2S-PRIO], and the rules that make a configuration impossible (validateZones).
 */
import type { Scenario } from "../scenario/schema";
import { vpcOfSubnet } from "../scenario/vpcs";
import type { OnPremConnection, OnPremises } from "./schema-connect";
import type { SubnetC } from "./model-types";

/**
 * Route priority between connections of one network for the same prefixes, most preferred first [S2S-PRIO]: BGP routes
 * from Direct Connect, then a VPN's static routes, then a VPN's BGP routes. Ties keep the order of the scenario.
 */
function rank(c: OnPremConnection): number {
  if (c.type === "direct-connect") return 0;
  return c.routing === "dynamic" ? 2 : 1;
}

/** The connection the gateway uses among those that are up, or null when every one is down. */
export function preferredConnection(n: OnPremises): OnPremConnection | null {
  const all = [n.connection, ...(n.moreConnections ?? [])].filter((c) => c.state !== "down");
  let best: OnPremConnection | null = null;
  for (const c of all) if (!best || rank(c) < rank(best)) best = c;
  return best;
}

/** Every connection of an on-premises network with its name (the first defaults to the network's name). */
export function connectionsOf(name: string, n: OnPremises): { name: string; connection: OnPremConnection }[] {
  return [n.connection, ...(n.moreConnections ?? [])].map((c, i) => ({
    name: c.name ?? (i === 0 ? name : `${name}-${i + 1}`),
    connection: c,
  }));
}

export type AttachmentSide = { isOk: true; subnet: string | undefined } | { isOk: false; az: string; subnet: string };

/**
 * The attachment subnet that carries traffic between `subnet` and the transit gateway [TGW-AZ]: the subnet itself when
 * it is one, else the attachment's subnet in the same Availability Zone. Traffic from or to a subnet in an AZ where the
 * attachment has no subnet does not reach the transit gateway. Subnets without an AZ (older scenarios) use the first
 * attachment subnet [INF].
 */
export function attachmentSubnetFor(
  subnets: Record<string, SubnetC>,
  att: { subnets: readonly string[] },
  subnet: string,
): AttachmentSide {
  if (att.subnets.includes(subnet)) return { isOk: true, subnet };
  const az = subnets[subnet]?.az;
  if (az === undefined) return { isOk: true, subnet: att.subnets[0] };
  const same = att.subnets.find((n) => subnets[n]?.az === az);
  if (same) return { isOk: true, subnet: same };
  const isZoned = att.subnets.length === 0 || att.subnets.some((n) => subnets[n]?.az !== undefined);
  return isZoned ? { isOk: false, az, subnet } : { isOk: true, subnet: att.subnets[0] };
}

/**
 * The targets a load balancer sends traffic to [ELB-AZ]: those in an Availability Zone it enables (one of its subnets'
 * AZs), or whose AZ is not given. With cross-zone load balancing off each node uses only its own AZ's targets, but a
 * client that resolves the load balancer's name reaches a node whose AZ has a healthy target, so for reachability only
 * the enabled AZs and the targets' health count [INF].
 */
export function servedTargets(
  s: Scenario,
  lb: { subnet: string; subnets?: string[] | undefined },
  targets: readonly string[],
): string[] {
  const enabled = new Set([lb.subnet, ...(lb.subnets ?? [])].map((x) => s.subnets[x]?.availabilityZone));
  return targets.filter((t) => {
    const subnet = s.hosts[t]?.subnet ?? s.loadBalancers[t]?.subnet;
    const az = subnet === undefined ? undefined : s.subnets[subnet]?.availabilityZone;
    return az === undefined || enabled.has(az);
  });
}

/** Endpoint services a choice creates: a flow may name one before it exists (it then finds no endpoint). */
export function createdNames(s: Scenario): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(s.choices))
    for (const c of list) {
      if (c.createEndpointService) out.add(c.createEndpointService.name);
    }
  return out;
}

type Add = (path: (string | number)[], message: string) => void;

/** Configurations AWS refuses, each naming its rule. */
export function validateZones(s: Scenario, add: Add): void {
  for (const [gname, g] of Object.entries(s.transitGateways))
    for (const [aname, a] of Object.entries(g.attachments)) {
      const seen = new Map<string, string>();
      (a.subnets ?? []).forEach((sub, i) => {
        const az = s.subnets[sub]?.availabilityZone;
        if (az === undefined) return;
        const other = seen.get(az);
        if (other !== undefined)
          add(
            ["transitGateways", gname, "attachments", aname, "subnets", i],
            `subnets ${other} and ${sub} are both in ${az}: a transit gateway VPC attachment takes one subnet per Availability Zone [TGW-AZ]`,
          );
        seen.set(az, sub);
      });
    }
  for (const [name, lb] of Object.entries(s.loadBalancers)) {
    const seen = new Map<string, string>();
    [lb.subnet, ...(lb.subnets ?? []).filter((x) => x !== lb.subnet)].forEach((sub, i) => {
      const az = s.subnets[sub]?.availabilityZone;
      if (az === undefined) return;
      const other = seen.get(az);
      if (other !== undefined)
        add(
          ["loadBalancers", name, "subnets", i],
          `subnets ${other} and ${sub} are both in ${az}: a load balancer takes one subnet per Availability Zone [ELB-AZ]`,
        );
      seen.set(az, sub);
    });
  }
  // [NLB-ALB] an ALB is a target of an NLB only, through a TCP listener whose target port is one of the ALB's listeners.
  for (const [name, lb] of Object.entries(s.loadBalancers))
    lb.listeners.forEach((l, i) =>
      l.targets.forEach((t, j) => {
        const target = s.loadBalancers[t];
        if (!target) return;
        const path = ["loadBalancers", name, "listeners", i, "targets", j];
        if (lb.type !== "network" || target.type !== "application")
          add(path, `only an Application Load Balancer can be a target, of a Network Load Balancer only [NLB-ALB]`);
        else if (l.proto !== "tcp")
          add(
            path,
            `a Network Load Balancer forwards to an Application Load Balancer through a TCP listener [NLB-ALB]`,
          );
        else if (vpcOfSubnet(s, lb.subnet) !== vpcOfSubnet(s, target.subnet))
          add(path, `the NLB and its ALB target must be in the same VPC [NLB-ALB]`);
        else if (!target.listeners.some((x) => x.port === l.targetPort))
          add(path, `the ALB ${t} has no listener on port ${l.targetPort} [NLB-ALB]`);
      }),
    );
  for (const [name, n] of Object.entries(s.onPremises)) {
    const names = new Set<string>();
    connectionsOf(name, n).forEach((c, i) => {
      if (names.has(c.name))
        add(["onPremises", name, "moreConnections", i - 1], `connection "${c.name}" is named twice`);
      names.add(c.name);
      if (c.connection.type === "direct-connect" && c.connection.routing === "static")
        add(["onPremises", name, "moreConnections", i - 1], "Direct Connect routes with BGP only [DX-VIF]");
    });
  }
}
