/**
 * Semantic checks for connected networks (SCENARIO.md §4a): several VPCs, peering, transit gateways, VPC endpoints,
 * endpoint services and on-premises networks. Every message names the rule that forbids the configuration, with its
 * source key ([VPC-PEER], [TGW-RT] …, listed in SCENARIO.md §4a).
 */
import { ipFrom } from "../core/address";
import { cidrContains, cidrFrom, cidrOverlaps, cidrToString, type Cidr } from "../core/cidr";
import type { Scenario } from "./schema";
import type { Problem } from "./problem";
import { GATEWAY_SERVICES, SERVICES } from "../aws/service-ranges";
import {
  allVpcs,
  arePeered,
  firstVpcName,
  implicitNames,
  vpcByName,
  vpcOfGroup,
  vpcOfHost,
  vpcOfNacl,
  vpcOfSubnet,
  vpcOfTable,
} from "./vpcs";

/** AWS services a flow may name as its destination (one list, in aws/service-ranges.ts). */
export const AWS_API_SERVICES = SERVICES;

/** Names a flow's `from`/`to` may use besides hosts: AWS services, endpoint services, on-premises hosts. */
export function connectEndpointNames(s: Scenario): string[] {
  const out: string[] = [...AWS_API_SERVICES, ...Object.keys(s.endpointServices)];
  for (const n of Object.values(s.onPremises)) out.push(...Object.keys(n.hosts));
  return out;
}

export function validateConnect(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ path, message });
  const vpcs = allVpcs(s);
  const vpcNames = new Set(vpcs.map((v) => v.name));
  const known = (path: (string | number)[], vpc: string | undefined) => {
    if (vpc !== undefined && !vpcNames.has(vpc)) add(path, `unknown VPC "${vpc}"`);
  };
  if (Object.keys(s.vpcs).length > 0 && !s.vpc) add(["vpcs"], "`vpcs:` adds VPCs to the first one, `vpc:`");
  for (const [name, v] of Object.entries(s.vpcs)) {
    const c = cidrFrom(v.cidr);
    if (name === firstVpcName(s)) add(["vpcs", name], `the name "${name}" is already the first VPC's (vpc.name)`);
    if (!c || c.family !== 4) add(["vpcs", name, "cidr"], `"${v.cidr}" is not an IPv4 CIDR block`);
    else if (c.prefix < 16 || c.prefix > 28)
      add(["vpcs", name, "cidr"], `a VPC CIDR must be between /16 and /28, got /${c.prefix}`);
  }
  // Gateways are attached to one VPC each and their names are route targets: unique across the scenario.
  const gatewayNames = new Map<string, string>();
  const claim = (path: (string | number)[], name: string | undefined, what: string) => {
    if (name === undefined) return;
    const prev = gatewayNames.get(name);
    if (prev) add(path, `the name "${name}" is already used by ${prev}`);
    else gatewayNames.set(name, what);
  };
  for (const v of vpcs) {
    const base = v.isFirst ? ["vpc"] : ["vpcs", v.name];
    claim([...base, "internetGateway"], v.internetGateway, `the internet gateway of ${v.name}`);
    claim([...base, "egressOnlyInternetGateway"], v.egressOnlyInternetGateway, `the egress-only gateway of ${v.name}`);
    claim([...base, "vpnGateway"], v.vpnGateway, `the virtual private gateway of ${v.name}`);
  }
  for (const p of Object.keys(s.peerings)) claim(["peerings", p], p, "a peering connection");
  for (const t of Object.keys(s.transitGateways)) claim(["transitGateways", t], t, "a transit gateway");

  // Membership: a subnet's table and NACL, a host's groups, a group's references stay in one VPC [VPC-RT], [VPC-SGR].
  for (const [name, sub] of Object.entries(s.subnets)) {
    known(["subnets", name, "vpc"], sub.vpc);
    const vpc = vpcOfSubnet(s, name);
    if (sub.routeTable !== undefined && vpcOfTable(s, sub.routeTable) !== vpc)
      add(["subnets", name, "routeTable"], `route table ${sub.routeTable} belongs to another VPC than subnet ${name}`);
    if (sub.nacl !== undefined && vpcOfNacl(s, sub.nacl) !== vpc)
      add(["subnets", name, "nacl"], `network ACL ${sub.nacl} belongs to another VPC than subnet ${name}`);
  }
  for (const [name, t] of Object.entries(s.routeTables)) known(["routeTables", name, "vpc"], t.vpc);
  for (const [name, n] of Object.entries(s.nacls)) known(["nacls", name, "vpc"], n.vpc);
  for (const [name, g] of Object.entries(s.securityGroups)) {
    known(["securityGroups", name, "vpc"], g.vpc);
    const mine = vpcOfGroup(s, name);
    for (const dir of ["inbound", "outbound"] as const)
      g[dir].forEach((r, i) => {
        const peer = dir === "inbound" ? r.from : r.to;
        if (peer === undefined || cidrFrom(peer) || !(peer in s.securityGroups)) return;
        const theirs = vpcOfGroup(s, peer);
        if (theirs === mine) return;
        const field = dir === "inbound" ? "from" : "to";
        if (!arePeered(s, mine, theirs))
          add(
            ["securityGroups", name, dir, i, field],
            `security group ${peer} is in VPC ${theirs}, which is not peered with ${mine}: a rule can reference a group of the same VPC or of a peered VPC only [VPC-SGR]`,
          );
        else if (vpcByName(s, theirs)?.region !== vpcByName(s, mine)?.region)
          add(
            ["securityGroups", name, dir, i, field],
            `security group ${peer} is in a peered VPC of another Region: a rule can reference a peer VPC's group only when the peering is in one Region [VPC-PEER-SG]`,
          );
      });
  }
  for (const [name, h] of Object.entries(s.hosts))
    (h.securityGroups ?? []).forEach((g, i) => {
      if (g in s.securityGroups && vpcOfGroup(s, g) !== vpcOfHost(s, name))
        add(["hosts", name, "securityGroups", i], `security group ${g} belongs to another VPC than host ${name}`);
    });

  // Routes: targets must be attached to the table's VPC.
  for (const [tname, t] of Object.entries(s.routeTables)) {
    const vpc = vpcOfTable(s, tname);
    const info = vpcByName(s, vpc);
    t.routes.forEach((r, i) => {
      const p = s.peerings[r.via];
      if (p && p.requester !== vpc && p.accepter !== vpc)
        add(["routeTables", tname, "routes", i, "via"], `peering connection ${r.via} does not connect VPC ${vpc}`);
      const tgw = s.transitGateways[r.via];
      if (tgw && !Object.values(tgw.attachments).some((a) => a.vpc === vpc))
        add(
          ["routeTables", tname, "routes", i, "via"],
          `transit gateway ${r.via} has no attachment in VPC ${vpc}: a route can point at a transit gateway only from an attached VPC [TGW-ATT]`,
        );
      const owner = vpcs.find((v) => v.internetGateway === r.via || v.vpnGateway === r.via);
      if (owner && owner.name !== vpc)
        add(["routeTables", tname, "routes", i, "via"], `${r.via} is attached to VPC ${owner.name}, not ${vpc}`);
    });
    (t.propagate ?? []).forEach((g, i) => {
      if (info?.vpnGateway !== g)
        add(
          ["routeTables", tname, "propagate", i],
          `only the virtual private gateway attached to VPC ${vpc} can propagate routes into its tables [S2S-RT]`,
        );
    });
  }

  // Peering [VPC-PEER]: two different VPCs, no overlapping CIDR blocks, one connection per pair.
  const pairs = new Set<string>();
  for (const [name, p] of Object.entries(s.peerings)) {
    known(["peerings", name, "requester"], p.requester);
    known(["peerings", name, "accepter"], p.accepter);
    if (p.requester === p.accepter) add(["peerings", name], "a VPC cannot be peered with itself");
    const a = vpcByName(s, p.requester);
    const b = vpcByName(s, p.accepter);
    // Every CIDR block counts, secondary ones too [VPC-PEER].
    const blocks = (v: typeof a) => (v ? [v.cidr, ...v.secondaryCidrs].map(cidrFrom) : []);
    const clash = blocks(a).flatMap((x) => blocks(b).map((y) => [x, y] as const));
    const [ca, cb] = clash.find(([x, y]) => x && y && cidrOverlaps(x, y)) ?? [null, null];
    if (a && b && ca && cb && a !== b)
      add(
        ["peerings", name],
        `VPCs ${a.name} (${cidrToString(ca)}) and ${b.name} (${cidrToString(cb)}) have overlapping CIDR blocks: a peering connection between them cannot be created [VPC-PEER]`,
      );
    const key = [p.requester, p.accepter].sort().join("|");
    if (pairs.has(key))
      add(["peerings", name], `VPCs ${p.requester} and ${p.accepter} already have a peering connection [VPC-PEER]`);
    pairs.add(key);
  }

  // Transit gateways [TGW-RT], [TGW-ATT].
  for (const [gname, g] of Object.entries(s.transitGateways)) {
    for (const [aname, a] of Object.entries(g.attachments)) {
      const path = ["transitGateways", gname, "attachments", aname];
      if ((a.vpc === undefined) === (a.vpn === undefined)) add(path, "an attachment has exactly one of vpc: or vpn:");
      known([...path, "vpc"], a.vpc);
      if (a.vpc !== undefined && vpcByName(s, a.vpc)?.region !== (g.region ?? vpcs[0]?.region))
        add([...path, "vpc"], `a transit gateway attaches VPCs of its own Region only [TGW-ATT]`);
      (a.subnets ?? []).forEach((sub, i) => {
        if (!s.subnets[sub]) add([...path, "subnets", i], `unknown subnet "${sub}"`);
        else if (vpcOfSubnet(s, sub) !== a.vpc) add([...path, "subnets", i], `subnet ${sub} is not in VPC ${a.vpc}`);
      });
      if (a.vpn !== undefined && s.onPremises[a.vpn]?.connection.gateway !== gname)
        add([...path, "vpn"], `on-premises network "${a.vpn}" is not connected to transit gateway ${gname}`);
    }
    const associated = new Map<string, string>();
    for (const [tname, t] of Object.entries(g.routeTables)) {
      const path = ["transitGateways", gname, "routeTables", tname];
      t.associations.forEach((a, i) => {
        if (!g.attachments[a]) add([...path, "associations", i], `unknown attachment "${a}"`);
        const prev = associated.get(a);
        if (prev)
          add(
            [...path, "associations", i],
            `attachment ${a} is already associated with route table ${prev}: an attachment is associated with one route table [TGW-RT]`,
          );
        associated.set(a, tname);
      });
      t.propagations.forEach((a, i) => {
        if (!g.attachments[a]) add([...path, "propagations", i], `unknown attachment "${a}"`);
      });
      const seen = new Set<string>();
      t.routes.forEach((r, i) => {
        const c = cidrFrom(r.to);
        if (!c) add([...path, "routes", i, "to"], `"${r.to}" is not a CIDR block`);
        else {
          const k = cidrToString(c);
          if (seen.has(k))
            add([...path, "routes", i, "to"], `duplicate route for ${k} in transit gateway route table ${tname}`);
          seen.add(k);
        }
        if ((r.attachment === undefined) === (r.blackhole !== true))
          add([...path, "routes", i], "a transit gateway route has an attachment or `blackhole: true`, not both");
        else if (r.attachment !== undefined && !g.attachments[r.attachment])
          add([...path, "routes", i, "attachment"], `unknown attachment "${r.attachment}"`);
      });
    }
  }

  // VPC endpoints [VPCE-GW], [VPCE-IF], endpoint services [PL-SVC].
  const gatewayRoutes = new Set<string>();
  for (const [ename, e] of Object.entries(s.endpoints)) {
    const path = ["endpoints", ename];
    known([...path, "vpc"], e.vpc);
    const vpc = e.vpc ?? firstVpcName(s);
    if (e.type === "gateway") {
      if (!(GATEWAY_SERVICES as readonly string[]).includes(e.service))
        add([...path, "service"], `a gateway endpoint serves S3 or DynamoDB only, not "${e.service}" [VPCE-GW]`);
      if (e.subnets.length > 0 || e.securityGroups !== undefined || e.privateDns !== undefined)
        add(path, "a gateway endpoint has route tables, not subnets, security groups or private DNS [VPCE-GW]");
      const own = vpc === firstVpcName(s) ? s.vpc?.region : s.vpcs[vpc]?.region;
      if (e.region !== undefined && e.region !== (own ?? s.vpc?.region ?? "us-east-1"))
        add([...path, "region"], `a gateway endpoint serves its own VPC's Region only, not ${e.region} [VPCE-GW]`);
      e.routeTables.forEach((t, i) => {
        if (!(t in s.routeTables) && !implicitNames(s, "main").includes(t))
          add([...path, "routeTables", i], `unknown route table "${t}"`);
        else if (vpcOfTable(s, t) !== vpc) add([...path, "routeTables", i], `route table ${t} is not in VPC ${vpc}`);
        const k = `${t}|${e.service}`;
        if (gatewayRoutes.has(k))
          add(
            [...path, "routeTables", i],
            `route table ${t} already routes the ${e.service} prefix list to another endpoint: one route per destination [VPCE-GW]`,
          );
        gatewayRoutes.add(k);
      });
    } else {
      if (!(AWS_API_SERVICES as readonly string[]).includes(e.service) && !s.endpointServices[e.service])
        add([...path, "service"], `unknown service "${e.service}" (an AWS service name or an endpointServices: entry)`);
      if (e.routeTables.length > 0) add([...path, "routeTables"], "an interface endpoint sits in subnets [VPCE-IF]");
      if (e.subnets.length === 0)
        add([...path, "subnets"], "an interface endpoint needs at least one subnet [VPCE-IF]");
      e.subnets.forEach((sub, i) => {
        if (!s.subnets[sub]) add([...path, "subnets", i], `unknown subnet "${sub}"`);
        else if (vpcOfSubnet(s, sub) !== vpc) add([...path, "subnets", i], `subnet ${sub} is not in VPC ${vpc}`);
      });
      (e.securityGroups ?? []).forEach((g, i) => {
        if (g in s.securityGroups && vpcOfGroup(s, g) !== vpc)
          add([...path, "securityGroups", i], `security group ${g} is not in VPC ${vpc}`);
        else if (!(g in s.securityGroups) && !implicitNames(s, "default").includes(g))
          add([...path, "securityGroups", i], `unknown security group "${g}"`);
      });
      (e.ips ?? []).forEach((text, i) => {
        const ip = ipFrom(text);
        const sub = e.subnets[i];
        const c = sub ? cidrFrom(s.subnets[sub]?.cidr ?? "") : null;
        if (!ip || (c && !cidrContains(c, ip))) add([...path, "ips", i], `${text} is not an address of subnet ${sub}`);
      });
    }
  }
  for (const [sname, svc] of Object.entries(s.endpointServices)) {
    const lb = s.loadBalancers[svc.loadBalancer];
    if (!lb) add(["endpointServices", sname, "loadBalancer"], `unknown load balancer "${svc.loadBalancer}"`);
    else if (lb.type !== "network")
      add(
        ["endpointServices", sname, "loadBalancer"],
        `an endpoint service is fronted by a Network Load Balancer, not an ${lb.type} load balancer [PL-SVC]`,
      );
  }
  for (const [lname, lb] of Object.entries(s.loadBalancers)) {
    if (lb.type !== "network" && (lb.preserveClientIp !== undefined || lb.targetType !== undefined))
      add(["loadBalancers", lname], "preserveClientIp and targetType are Network Load Balancer settings [NLB-IP]");
  }

  // On-premises networks [S2S-RT], [DX-VIF].
  const vgws = new Set(vpcs.map((v) => v.vpnGateway).filter((g): g is string => g !== undefined));
  for (const [nname, n] of Object.entries(s.onPremises)) {
    const path = ["onPremises", nname];
    const cidrs: Cidr[] = [];
    n.cidrs.forEach((text, i) => {
      const c = cidrFrom(text);
      if (!c) add([...path, "cidrs", i], `"${text}" is not a CIDR block`);
      else cidrs.push(c);
    });
    const gw = n.connection.gateway;
    if (!vgws.has(gw) && !s.transitGateways[gw])
      add(
        [...path, "connection", "gateway"],
        `"${gw}" is neither a virtual private gateway (vpc.vpnGateway) nor a transit gateway`,
      );
    if (n.connection.type === "direct-connect" && n.connection.routing === "static")
      add([...path, "connection", "routing"], "Direct Connect virtual interfaces route with BGP only [DX-VIF]");
    for (const list of ["staticRoutes"] as const)
      n.connection[list].forEach((text, i) => {
        if (!cidrFrom(text)) add([...path, "connection", list, i], `"${text}" is not a CIDR block`);
      });
    (n.routesToAws ?? []).forEach((text, i) => {
      if (!cidrFrom(text)) add([...path, "routesToAws", i], `"${text}" is not a CIDR block`);
    });
    for (const [hname, h] of Object.entries(n.hosts)) {
      const ip = ipFrom(h.ip);
      if (!ip || !cidrs.some((c) => cidrContains(c, ip)))
        add([...path, "hosts", hname, "ip"], `${h.ip} is outside the on-premises CIDRs of ${nname}`);
    }
  }
  return out;
}
