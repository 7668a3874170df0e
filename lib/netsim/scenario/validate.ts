/**
 * Semantic checks on a shape-valid scenario: unknown references, CIDRs outside the VPC, overlapping
 * subnets, rule numbers and limits. Each problem names its path so parse.ts can give file:line:column.
 */
import { ipFrom, type IpAddress } from "../core/address";
import {
  cidrContains,
  cidrCovers,
  cidrFrom,
  cidrLast,
  cidrOverlaps,
  cidrToString,
  isPrivateV4,
  type Cidr,
} from "../core/cidr";
import { appFrom, APP_NAMES, listenFrom } from "../core/apps";
import { parsePortSpec } from "../core/port-set";
import type { Scenario, SgRule, NaclRule, Flow, HostFirewall } from "./schema";
import { validateHome } from "../home/validate";
import { ruleProblemsAt } from "../aws/rule-checks";
import { implicitNames, vpcByName, vpcOfSubnet, vpcOfTable } from "./vpcs";
import { connectEndpointNames, validateConnect } from "./validate-connect";
import { validateObservation } from "../aws/client-ip";
import { createdNames, validateZones } from "../aws/zones";
import { AWS_SERVICES, routeTargets, type TargetKind } from "./names";
import type { Problem } from "./problem";

export type { Problem } from "./problem";

/** All semantic problems of a scenario (empty when valid). */
export function validateScenario(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ path, message });
  const vpcCidr = s.vpc ? cidrFrom(s.vpc.cidr) : null;
  const vpcV6 = s.vpc?.ipv6Cidr ? cidrFrom(s.vpc.ipv6Cidr) : null;
  if (s.vpc) {
    if (!vpcCidr || vpcCidr.family !== 4) add(["vpc", "cidr"], `"${s.vpc.cidr}" is not an IPv4 CIDR block`);
    else if (vpcCidr.prefix < 16 || vpcCidr.prefix > 28)
      add(["vpc", "cidr"], `a VPC CIDR must be between /16 and /28, got /${vpcCidr.prefix}`);
    if (s.vpc.ipv6Cidr && (!vpcV6 || vpcV6.family !== 6))
      add(["vpc", "ipv6Cidr"], `"${s.vpc.ipv6Cidr}" is not an IPv6 CIDR block`);
  } else if (Object.keys(s.subnets).length + Object.keys(s.hosts).length > 0) {
    add(["subnets"], "subnets and hosts need a `vpc:` section");
  }
  const sgNames = new Set([...Object.keys(s.securityGroups), "default", ...implicitNames(s, "default")]);
  const naclNames = new Set([...Object.keys(s.nacls), "default", ...implicitNames(s, "default")]);
  const tableNames = new Set([...Object.keys(s.routeTables), "main", ...implicitNames(s, "main")]);

  // Subnets: inside the VPC, no overlaps, known table and NACL.
  const subnetCidrs: [string, Cidr][] = [];
  const vpcCidrOf = (vpc: string) => {
    const v = vpcByName(s, vpc);
    return v ? cidrFrom(v.cidr) : null;
  };
  for (const [name, sub] of Object.entries(s.subnets)) {
    const c = cidrFrom(sub.cidr);
    const vpcCidr = vpcCidrOf(vpcOfSubnet(s, name));
    if (!c || c.family !== 4) {
      add(["subnets", name, "cidr"], `"${sub.cidr}" is not an IPv4 CIDR block`);
      continue;
    }
    if (c.prefix < 16 || c.prefix > 28)
      add(["subnets", name, "cidr"], `a subnet CIDR must be between /16 and /28, got /${c.prefix}`);
    const secondary = (vpcByName(s, vpcOfSubnet(s, name))?.secondaryCidrs ?? []).map(cidrFrom);
    if (vpcCidr && !cidrCovers(vpcCidr, c) && !secondary.some((x) => x !== null && cidrCovers(x, c)))
      add(["subnets", name, "cidr"], `subnet CIDR ${cidrToString(c)} is outside the VPC CIDR ${cidrToString(vpcCidr)}`);
    for (const [other, oc] of subnetCidrs) {
      if (cidrOverlaps(c, oc) && vpcOfSubnet(s, other) === vpcOfSubnet(s, name))
        add(
          ["subnets", name, "cidr"],
          `subnet ${name} (${cidrToString(c)}) overlaps subnet ${other} (${cidrToString(oc)})`,
        );
    }
    subnetCidrs.push([name, c]);
    if (sub.ipv6Cidr !== undefined) {
      const v6 = cidrFrom(sub.ipv6Cidr);
      if (!v6 || v6.family !== 6) add(["subnets", name, "ipv6Cidr"], `"${sub.ipv6Cidr}" is not an IPv6 CIDR block`);
      else if (!vpcV6 || sub.vpc !== undefined)
        add(["subnets", name, "ipv6Cidr"], "the subnet has an IPv6 CIDR but the VPC has no `ipv6Cidr`");
      else if (!cidrCovers(vpcV6, v6))
        add(
          ["subnets", name, "ipv6Cidr"],
          `subnet IPv6 CIDR ${cidrToString(v6)} is outside the VPC IPv6 CIDR ${cidrToString(vpcV6)}`,
        );
    }
    if (sub.routeTable !== undefined && !tableNames.has(sub.routeTable))
      add(["subnets", name, "routeTable"], `unknown route table "${sub.routeTable}"`);
    if (sub.nacl !== undefined && !naclNames.has(sub.nacl))
      add(["subnets", name, "nacl"], `unknown network ACL "${sub.nacl}"`);
  }
  const subnetOf = new Map(subnetCidrs);

  // Route tables (RT-1..RT-3, RT-11).
  const mains = Object.entries(s.routeTables)
    .filter(([, t]) => t.main)
    .map(([n]) => n);
  if (mains.length > 1)
    add(["routeTables", mains[1] ?? "", "main"], `only one main route table per VPC (already: ${mains[0]})`);
  const targets = routeTargets(s);
  for (const [tname, table] of Object.entries(s.routeTables)) {
    const seen = new Set<string>();
    table.routes.forEach((r, i) => {
      // A blackhole route keeps pointing at a target that was deleted (RT-9), so its target need not exist.
      const msg = routeProblem(
        s,
        r.to,
        r.via,
        r.blackhole === true && !targets.has(r.via) ? new Map([...targets, [r.via, "nat" as const]]) : targets,
        tname,
      );
      if (msg) add(["routeTables", tname, "routes", i], msg);
      const key = cidrFrom(r.to);
      if (key) {
        const k = cidrToString(key);
        if (seen.has(k))
          add(["routeTables", tname, "routes", i, "to"], `duplicate route for ${k} in route table ${tname}`);
        seen.add(k);
      }
    });
  }

  // Security groups (SG-7, SG-11..14) and NACLs (NACL-2, -8, -9).
  for (const [gname, g] of Object.entries(s.securityGroups)) {
    for (const dir of ["inbound", "outbound"] as const) {
      g[dir].forEach((r: SgRule, i) =>
        ruleProblemsAt("sg", r, dir, sgNames).forEach((m) =>
          add(["securityGroups", gname, dir, i, ...(m.field ? [m.field] : [])], m.message),
        ),
      );
      if (g[dir].length > 60)
        add(["securityGroups", gname, dir], `at most 60 ${dir} rules per security group (SG-14), got ${g[dir].length}`);
    }
  }
  for (const [nname, n] of Object.entries(s.nacls)) {
    for (const dir of ["inbound", "outbound"] as const) {
      const numbers = new Set<number>();
      n[dir].forEach((r: NaclRule, i) => {
        ruleProblemsAt("nacl", r, dir).forEach((m) =>
          add(["nacls", nname, dir, i, ...(m.field ? [m.field] : [])], m.message),
        );
        if (numbers.has(r.rule))
          add(["nacls", nname, dir, i, "rule"], `rule number ${r.rule} is used twice in ${nname} ${dir}`);
        numbers.add(r.rule);
      });
      for (const fam of [4, 6] as const) {
        const count = n[dir].filter((r) => (cidrFrom(r.from ?? r.to ?? "")?.family ?? 4) === fam).length + 1;
        if (count > 40)
          add(
            ["nacls", nname, dir],
            `at most 40 ${dir} IPv${fam} rules per network ACL including the final * rule (NACL-9), got ${count}`,
          );
      }
    }
  }

  // Hosts, NAT gateways, load balancers.
  const usedIps = new Map<string, string>();
  const checkIp = (path: (string | number)[], owner: string, subnet: string, text: string | undefined) => {
    if (text === undefined) return;
    const ip = ipFrom(text);
    const c = subnetOf.get(subnet);
    if (!ip || ip.family !== 4) {
      add(path, `"${text}" is not an IPv4 address`);
      return;
    }
    if (c && !cidrContains(c, ip)) add(path, `${text} is outside subnet ${subnet} (${cidrToString(c)})`);
    else if (c && isReserved(c, ip))
      add(path, `${text} is one of the five addresses AWS reserves in ${cidrToString(c)} (first four and last)`);
    const prev = usedIps.get(text);
    if (prev) add(path, `${text} is already used by ${prev}`);
    usedIps.set(text, owner);
  };
  const checkPublic = (path: (string | number)[], text: string | undefined) => {
    if (text === undefined) return;
    const ip = ipFrom(text);
    if (!ip || ip.family !== 4) add(path, `"${text}" is not an IPv4 address`);
    else if (isPrivateV4(ip)) add(path, `${text} is a private (RFC 1918) address, not a public IP`);
  };
  for (const [hname, h] of Object.entries(s.hosts)) {
    if (!subnetOf.has(h.subnet)) {
      add(["hosts", hname, "subnet"], `unknown subnet "${h.subnet}"`);
      continue;
    }
    checkIp(["hosts", hname, "ip"], hname, h.subnet, h.ip);
    checkPublic(["hosts", hname, "publicIp"], h.publicIp);
    checkPublic(["hosts", hname, "elasticIp"], h.elasticIp);
    if (h.ipv6 !== undefined) {
      const v6 = ipFrom(h.ipv6);
      const sc = s.subnets[h.subnet]?.ipv6Cidr;
      const c = sc ? cidrFrom(sc) : null;
      if (!v6 || v6.family !== 6) add(["hosts", hname, "ipv6"], `"${h.ipv6}" is not an IPv6 address`);
      else if (!c) add(["hosts", hname, "ipv6"], `subnet ${h.subnet} has no ipv6Cidr`);
      else if (!cidrContains(c, v6))
        add(["hosts", hname, "ipv6"], `${h.ipv6} is outside subnet ${h.subnet} (${cidrToString(c)})`);
    }
    (h.securityGroups ?? []).forEach((g, i) => {
      if (!sgNames.has(g)) add(["hosts", hname, "securityGroups", i], `unknown security group "${g}"`);
    });
    if ((h.securityGroups ?? []).length > 16)
      add(["hosts", hname, "securityGroups"], "at most 16 security groups per network interface (SG-14)");
    if (h.ephemeralPorts !== undefined && !parsePortSpec(h.ephemeralPorts))
      add(["hosts", hname, "ephemeralPorts"], `bad port range "${h.ephemeralPorts}"`);
    if (h.listens !== "any")
      h.listens.forEach((l, i) => {
        if (!listenFrom(l))
          add(["hosts", hname, "listens", i], `unknown service "${l}" (use a name like http or tcp/8080)`);
      });
    if (h.firewall)
      firewallProblems(h.firewall).forEach((p) => add(["hosts", hname, "firewall", ...p.path], p.message));
    if (h.ftp && !parsePortSpec(h.ftp.pasvPorts))
      add(["hosts", hname, "ftp", "pasvPorts"], `bad port range "${h.ftp.pasvPorts}"`);
  }
  for (const [nname, n] of Object.entries(s.natGateways)) {
    if (!subnetOf.has(n.subnet)) {
      add(["natGateways", nname, "subnet"], `unknown subnet "${n.subnet}"`);
      continue;
    }
    checkIp(["natGateways", nname, "ip"], nname, n.subnet, n.ip);
    checkPublic(["natGateways", nname, "elasticIp"], n.elasticIp);
  }
  for (const [lname, lb] of Object.entries(s.loadBalancers)) {
    if (!subnetOf.has(lb.subnet)) add(["loadBalancers", lname, "subnet"], `unknown subnet "${lb.subnet}"`);
    else checkIp(["loadBalancers", lname, "ip"], lname, lb.subnet, lb.ip);
    checkPublic(["loadBalancers", lname, "publicIp"], lb.publicIp);
    lb.securityGroups.forEach((g, i) => {
      if (!sgNames.has(g)) add(["loadBalancers", lname, "securityGroups", i], `unknown security group "${g}"`);
    });
    lb.listeners.forEach((l, i) =>
      l.targets.forEach((t, j) => {
        if (!s.hosts[t] && !s.loadBalancers[t])
          add(["loadBalancers", lname, "listeners", i, "targets", j], `unknown target host "${t}"`);
      }),
    );
  }
  for (const [iname, ih] of Object.entries(s.internet)) {
    checkPublic(["internet", iname, "ip"], ih.ip);
    if (ih.ipv6 !== undefined && ipFrom(ih.ipv6)?.family !== 6)
      add(["internet", iname, "ipv6"], `"${ih.ipv6}" is not an IPv6 address`);
    if (ih.listens !== "any")
      ih.listens.forEach((l, i) => {
        if (!listenFrom(l))
          add(["internet", iname, "listens", i], `unknown service "${l}" (use a name like http or tcp/8080)`);
      });
    if (ih.ftp && !parsePortSpec(ih.ftp.pasvPorts))
      add(["internet", iname, "ftp", "pasvPorts"], `bad port range "${ih.ftp.pasvPorts}"`);
  }
  if (s.home) validateHome(s.home).forEach((p) => add(["home", ...p.path], p.message));
  validateConnect(s).forEach((p) => out.push(p));
  validateObservation(s).forEach((p) => out.push(p));
  validateZones(s, add);

  // Endpoint names must be unique across sections, or a flow's `from`/`to` would be ambiguous.
  const seenNames = new Map<string, string>();
  const sections: [string, string[]][] = [
    ["hosts", Object.keys(s.hosts)],
    ["natGateways", Object.keys(s.natGateways)],
    ["loadBalancers", Object.keys(s.loadBalancers)],
    ["internet", Object.keys(s.internet)],
  ];
  if (s.home) sections.push(["home", Object.keys(s.home.hosts)]);
  for (const [net, n] of Object.entries(s.onPremises)) sections.push([`onPremises.${net}.hosts`, Object.keys(n.hosts)]);
  for (const [section, names] of sections) {
    for (const n of names) {
      const prev = seenNames.get(n);
      if (prev)
        add(
          section === "home" ? ["home", "hosts", n] : [...section.split("."), n],
          `the name "${n}" is already used in ${prev}`,
        );
      else seenNames.set(n, section);
    }
  }

  // Flows.
  const endpoints = endpointNames(s);
  const created = createdNames(s);
  const checkFlow = (list: "goals" | "forbidden", f: Flow, i: number) => {
    if (!endpoints.has(f.from))
      add(
        [list, i, "from"],
        `unknown endpoint "${f.from}" (a host, an internet: entry, a load balancer, or "internet")`,
      );
    if (!endpoints.has(f.to) && !ipFrom(f.to) && !created.has(f.to)) add([list, i, "to"], `unknown endpoint "${f.to}"`);
    if (!appFrom(f.app, f.proto, f.port))
      add(
        [list, i, f.app !== undefined ? "app" : "proto"],
        f.app !== undefined
          ? `unknown app "${f.app}" (known: ${APP_NAMES.join(", ")}, or tcp/N, udp/N)`
          : "a flow needs `app:` or `proto:` with `port:`",
      );
  };
  s.goals.forEach((f, i) => checkFlow("goals", f, i));
  s.forbidden.forEach((f, i) => checkFlow("forbidden", f, i));
  const names = [...s.goals, ...s.forbidden].map((f) => f.name).filter((n): n is string => n !== undefined);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) add(["goals"], `flow name "${n}" is used twice`);
  });
  return out;
}

function isReserved(c: Cidr, ip: IpAddress): boolean {
  const off = ip.value - c.base;
  return off < 4n || ip.value === cidrLast(c);
}

function firewallProblems(fw: HostFirewall): Problem[] {
  const out: Problem[] = [];
  fw.rules.forEach((r, i) => {
    if (r.localPorts !== undefined && !parsePortSpec(r.localPorts))
      out.push({ path: ["rules", i, "localPorts"], message: `bad port range "${r.localPorts}"` });
    if (r.remotePorts !== undefined && !parsePortSpec(r.remotePorts))
      out.push({ path: ["rules", i, "remotePorts"], message: `bad port range "${r.remotePorts}"` });
    if (r.remote !== undefined && !cidrFrom(r.remote))
      out.push({ path: ["rules", i, "remote"], message: `"${r.remote}" is not a CIDR block` });
  });
  return out;
}

/** Why a route cannot be created, or null (RT-1, RT-2, RT-8, RT-11). */
export function routeProblem(
  s: Scenario,
  to: string,
  via: string,
  targets: Map<string, TargetKind>,
  table?: string,
): string | null {
  const c = cidrFrom(to);
  if (!c) return `"${to}" is not a CIDR block`;
  const kind = targets.get(via);
  if (!kind) return `route target "${via}" does not exist (known: ${[...targets.keys()].join(", ")})`;
  if (kind === "eigw" && c.family === 4)
    return "an egress-only internet gateway carries IPv6 only (RT-8): use a NAT gateway for IPv4";
  const reserved = [cidrFrom("169.254.168.0/22"), cidrFrom("fd00:ec2::/32")];
  if (reserved.some((r) => r && cidrOverlaps(r, c) && c.prefix >= r.prefix))
    return `routes to ${cidrToString(c)} cannot be created: the range is reserved for AWS services (RT-11)`;
  const info = vpcByName(s, table !== undefined ? vpcOfTable(s, table) : undefined);
  const vpc = info ? cidrFrom(c.family === 4 ? info.cidr : (info.ipv6Cidr ?? "")) : null;
  if (kind !== "local" && vpc && cidrCovers(vpc, c)) {
    if (c.prefix === vpc.prefix)
      return `a route to the VPC CIDR (${cidrToString(c)}) is the local route: another route for it cannot be added, and traffic inside the VPC always takes the local route (RT-2)`;
    const exactSubnet = Object.values(s.subnets).some(
      (sub) =>
        cidrFrom(c.family === 4 ? sub.cidr : (sub.ipv6Cidr ?? ""))?.base === c.base &&
        cidrFrom(c.family === 4 ? sub.cidr : (sub.ipv6Cidr ?? ""))?.prefix === c.prefix,
    );
    if (!exactSubnet || (kind !== "nat" && kind !== "eni"))
      return `a route inside the VPC CIDR (${cidrToString(c)}) is more specific than the local route: it must match a subnet CIDR exactly and point to a NAT gateway or network interface (RT-2)`;
  }
  return null;
}

/** Every name a flow's from/to may use. */
export function endpointNames(s: Scenario): Set<string> {
  return new Set([
    "internet",
    ...AWS_SERVICES,
    ...Object.keys(s.hosts),
    ...Object.keys(s.internet),
    ...Object.keys(s.loadBalancers),
    ...Object.keys(s.home?.hosts ?? {}),
    ...connectEndpointNames(s),
  ]);
}
