/**
 * What the diagram and the rule tables show: the network after the switched-on choices, with every implicit
 * default made visible (a new group's outbound rule, a custom NACL's `*` rules, local routes) and row ids that
 * match the `rule.id` of trace steps. Built from the simulator's own compiled model, so the tables cannot drift
 * from what the simulator evaluates.
 */
import {
  AWS_API_SERVICES,
  applyChoices,
  cidrToString,
  compileNetwork as compile,
  formatPortSet,
  ipToString,
  protoName,
} from "@/lib/netsim";
import type { Scenario } from "@/lib/netsim";

export type Member = {
  id: string;
  name: string;
  kind: "host" | "nat" | "lb" | "vpce";
  ip: string;
  publicIp: string | null;
  groups: string[];
};
export type SubnetView = { name: string; cidr: string; nacl: string; table: string; members: Member[] };
export type RuleRow = { id: string; cells: string[]; isAllow: boolean };
export type RuleTable = {
  id: string;
  kind: "nacl" | "sg" | "route" | "home-filter";
  name: string;
  appliesTo: string[];
  inbound: RuleRow[];
  outbound: RuleRow[];
};
export type NetworkView = {
  internet: { id: string; name: string; ip: string }[];
  igw: string | null;
  eigw: string | null;
  vpcCidr: string | null;
  subnets: SubnetView[];
  /** Several VPCs (SCENARIO.md §3b): each with its subnets, in order; empty for a scenario with one VPC. */
  vpcs: { name: string; cidr: string; igw: string | null; subnets: string[] }[];
  /** What joins networks: transit gateways, peering connections, virtual private gateways, gateway endpoints. */
  links: { id: string; label: string; sub: string; vpcs: string[] }[];
  home: { wanIp: string | null; access: string; hosts: { id: string; name: string; ip: string }[] } | null;
  tables: RuleTable[];
};

function flowEndpoints(s: Scenario): Set<string> {
  return new Set([...s.goals, ...s.forbidden].flatMap((flow) => [flow.from, flow.to]));
}

/** The network as it is after applying `choices` (invalid changes are skipped, as simulate() does). */
export function networkView(scenario: Scenario, choices: readonly string[] = []): NetworkView {
  const s = applyChoices(scenario, choices).scenario;
  const m = compile(s);
  const used = flowEndpoints(s);
  const internet = Object.values(m.internet)
    .filter((host) => host.name !== "internet" || used.has("internet"))
    .map((host) => ({ id: `inet:${host.name}`, name: host.name, ip: ipToString(host.ip) }));
  // AWS services a flow names (`to: s3`) are outside every VPC: a box of their own next to the internet's.
  if (m.connect)
    for (const name of used)
      if (AWS_API_SERVICES.includes(name as (typeof AWS_API_SERVICES)[number]))
        internet.push({ id: `inet:${name}`, name, ip: "AWS" });
  const subnets: SubnetView[] = Object.values(m.subnets).map((subnet) => ({
    name: subnet.name,
    cidr: cidrToString(subnet.cidr),
    nacl: subnet.nacl,
    table: subnet.table,
    members: Object.values(m.enis)
      .filter((eni) => eni.subnet === subnet.name)
      .map((eni) => ({
        id: `host:${eni.name}`,
        name: eni.name,
        kind: eni.kind,
        ip: ipToString(eni.ip),
        publicIp: eni.publicIp ? ipToString(eni.publicIp) : null,
        groups: eni.groups,
      })),
  }));

  const tables: RuleTable[] = [];
  const usedGroups = new Set(Object.values(m.enis).flatMap((eni) => eni.groups));
  for (const group of Object.values(m.sgs)) {
    if (!usedGroups.has(group.name) && !(group.name in s.securityGroups)) continue;
    const rows = (dir: "inbound" | "outbound") =>
      group[dir].map((rule) => ({
        id: `sg:${group.name}/${dir}/${rule.index}`,
        cells: [
          protoName(rule.proto),
          rule.proto === 1 || rule.proto === 58
            ? rule.icmpType >= 0
              ? `type ${rule.icmpType}`
              : "all"
            : formatPortSet(rule.ports),
          rule.peer.kind === "cidr" ? cidrToString(rule.peer.cidr) : `sg:${rule.peer.group}`,
        ],
        isAllow: true,
      }));
    tables.push({
      id: `sg:${group.name}`,
      kind: "sg",
      name: group.name,
      appliesTo: Object.values(m.enis)
        .filter((eni) => eni.groups.includes(group.name))
        .map((eni) => eni.name),
      inbound: rows("inbound"),
      outbound: rows("outbound"),
    });
  }
  const usedNacls = new Set(Object.values(m.subnets).map((subnet) => subnet.nacl));
  const isV6 = m.vpcCidrs.some((cidr) => cidr.family === 6);
  for (const nacl of Object.values(m.nacls)) {
    if (!usedNacls.has(nacl.name)) continue;
    const rows = (dir: "inbound" | "outbound") =>
      nacl[dir]
        // The IPv6 `*` rule only exists in a VPC with IPv6 (NACL-3).
        .filter((rule) => rule.number < 32768 || isV6)
        .map((rule) => {
          const number = rule.number >= 32767 ? "*" : String(rule.number);
          return {
            id: `nacl:${nacl.name}/${dir}/${number}`,
            cells: [
              number,
              protoName(rule.proto),
              rule.proto === 1 || rule.proto === 58 ? "all" : formatPortSet(rule.ports),
              cidrToString(rule.cidr),
              rule.allow ? "ALLOW" : "DENY",
            ],
            isAllow: rule.allow,
          };
        });
    tables.push({
      id: `nacl:${nacl.name}`,
      kind: "nacl",
      name: nacl.name,
      appliesTo: Object.values(m.subnets)
        .filter((subnet) => subnet.nacl === nacl.name)
        .map((subnet) => subnet.name),
      inbound: rows("inbound"),
      outbound: rows("outbound"),
    });
  }
  const usedTables = new Set(Object.values(m.subnets).map((subnet) => subnet.table));
  for (const [name, routes] of Object.entries(m.tables)) {
    if (!usedTables.has(name)) continue;
    // A prefix list's CIDRs are one route (`pl-…`), as the console shows it.
    const seen = new Set<string>();
    const rows = routes
      .map((route) => ({
        id: `route:${name}/${route.text.split(" ")[0] ?? ""}`,
        cells: [route.text.split(" ")[0] ?? "", route.via, route.blackhole ? "blackhole" : "active"],
        isAllow: !route.blackhole,
      }))
      .filter((row) => !seen.has(row.id) && seen.add(row.id));
    tables.push({
      id: `route:${name}`,
      kind: "route",
      name,
      appliesTo: Object.values(m.subnets)
        .filter((subnet) => subnet.table === name)
        .map((subnet) => subnet.name),
      inbound: rows,
      outbound: [],
    });
  }
  let home: NetworkView["home"] = null;
  if (m.home) {
    home = {
      wanIp: m.home.wanIp ? ipToString(m.home.wanIp) : null,
      access: m.home.access,
      hosts: Object.values(m.home.hosts).map((host) => ({
        id: `host:${host.name}`,
        name: host.name,
        ip: ipToString(host.ip),
      })),
    };
    const filters = m.home.filters.map((filter) => ({
      id: `home:filter/${filter.priority}`,
      cells: [String(filter.priority), filter.direction, filter.text],
      isAllow: filter.isPass,
    }));
    const forwards = m.home.forwards.map((forward) => ({
      id: `home:forward/${forward.text}`,
      cells: ["forward", forward.text],
      isAllow: true,
    }));
    const pinholes = m.home.pinholes.map((hole) => ({
      id: `home:pinhole/${hole.host}`,
      cells: ["pinhole", `${hole.host} ${protoName(hole.proto)} ${formatPortSet(hole.ports)}`],
      isAllow: true,
    }));
    tables.push({
      id: "home:router",
      kind: "home-filter",
      name: "router",
      appliesTo: [],
      inbound: [...filters, ...forwards, ...pinholes],
      outbound: m.home.dmz ? [{ id: `home:dmz/${m.home.dmz}`, cells: ["DMZ", m.home.dmz], isAllow: true }] : [],
    });
  }
  const c = m.connect;
  for (const g of Object.values(c?.tgws ?? {}))
    for (const [name, routes] of Object.entries(g.tables))
      tables.push({
        id: `route:${g.name}/${name}`,
        kind: "route",
        name: `${g.name} ${name}`,
        appliesTo: Object.entries(g.association)
          .filter(([, t]) => t === name)
          .map(([a]) => a),
        inbound: routes.map((route) => ({
          id: `route:${g.name}/${name}/${route.text.split(" ")[0] ?? ""}`,
          cells: [
            route.text.split(" ")[0] ?? "",
            route.attachment ?? "blackhole",
            route.isPropagated ? "propagated" : "static",
          ],
          isAllow: route.attachment !== null,
        })),
        outbound: [],
      });
  const vpcs = c
    ? Object.values(m.vpcs).map((v) => ({
        name: v.name,
        cidr: v.cidrs[0] ? cidrToString(v.cidrs[0]) : "",
        igw: v.igw,
        subnets: Object.values(m.subnets)
          .filter((sub) => sub.vpc === v.name)
          .map((sub) => sub.name),
      }))
    : [];
  const links = c
    ? [
        ...Object.values(c.tgws).map((g) => ({
          id: `gw:${g.name}`,
          label: g.name,
          sub: "TGW",
          vpcs: Object.values(g.attachments).flatMap((a) => (a.vpc ? [a.vpc] : [])),
        })),
        ...Object.values(c.peerings).map((p) => ({
          id: `gw:${p.name}`,
          label: p.name,
          sub: `${p.a} ↔ ${p.b}`,
          vpcs: [p.a, p.b],
        })),
        ...Object.values(m.vpcs)
          .filter((v) => v.vgw !== null)
          .map((v) => ({ id: `gw:${v.vgw ?? ""}`, label: v.vgw ?? "", sub: "VGW", vpcs: [v.name] })),
        ...Object.values(c.gatewayEndpoints).map((e) => ({
          id: `gw:${e.name}`,
          label: e.name,
          sub: e.service,
          vpcs: [e.vpc],
        })),
      ]
    : [];
  return {
    vpcs,
    links,
    internet,
    igw: m.igw,
    eigw: m.eigw,
    vpcCidr: m.vpcCidrs[0] ? cidrToString(m.vpcCidrs[0]) : null,
    subnets,
    home,
    tables,
  };
}
