/**
 * Applies a choice's configuration changes to a scenario (pure: returns a new scenario). A change AWS
 * cannot express yields a reason instead; the choice is then classified `invalid`.
 */
import { cidrFrom, cidrToString } from "../core/cidr";
import { fact, type Fact } from "../core/fact";
import { validateScenario } from "../scenario/validate";
import type { Change, HostFirewall, NaclRule, Scenario, SgRule } from "../scenario/schema";

export type ApplyResult = { scenario: Scenario; problems: { change: number; reason: Fact }[] };

/** Same SG rule? Compares the fields that define a rule, CIDRs in canonical form; `action: allow` is the default. */
function sameRule(a: SgRule, b: SgRule): boolean {
  const peer = (v: string | undefined) => {
    const c = v === undefined ? null : cidrFrom(v);
    return c ? cidrToString(c) : (v ?? "");
  };
  const key = (r: SgRule) =>
    `${r.proto}|${r.ports ?? ""}|${r.icmp ? `${r.icmp.type}/${r.icmp.code ?? ""}` : ""}|${peer(r.from)}|${peer(r.to)}|${r.action ?? "allow"}`;
  return key(a) === key(b);
}

/** Applies one change in place; returns an English reason when it cannot be applied. */
function applyOne(s: Scenario, c: Change): string | null {
  if (c.addSgRule || c.removeSgRule) {
    const op = (c.addSgRule ?? c.removeSgRule) as NonNullable<Change["addSgRule"]>;
    const g =
      s.securityGroups[op.group] ??
      (op.group === "default"
        ? (s.securityGroups.default = { kind: "default", inbound: [], outbound: [] })
        : undefined);
    if (!g) return `security group "${op.group}" does not exist`;
    const dir = op.inbound ? "inbound" : "outbound";
    const rule = (op.inbound ?? op.outbound) as SgRule | undefined;
    if (!rule || (op.inbound && op.outbound)) return "give exactly one of inbound: or outbound:";
    const idx = g[dir].findIndex((r) => sameRule(r, rule));
    if (c.addSgRule) {
      if (idx < 0 && !implicitSgRules(s, op.group, g.kind, dir).some((r) => sameRule(r, rule))) g[dir].push(rule);
      return null;
    } // a duplicate is a no-op, see SCENARIO.md
    if (idx < 0) {
      // Removing one of the rules AWS created with the group (SG-9, SG-10): make the group's rules explicit first.
      const implicit = {
        inbound: implicitSgRules(s, op.group, g.kind, "inbound"),
        outbound: implicitSgRules(s, op.group, g.kind, "outbound"),
      };
      const at = implicit[dir].findIndex((r) => sameRule(r, rule));
      if (at < 0) return `security group ${op.group} has no such ${dir} rule to remove`;
      implicit[dir].splice(at, 1);
      g.kind = "custom";
      g.inbound = [...implicit.inbound, ...g.inbound];
      g.outbound = [...implicit.outbound, ...g.outbound];
      return null;
    }
    g[dir].splice(idx, 1);
    return null;
  }
  if (c.addNaclRule || c.replaceNaclRule || c.removeNaclRule) {
    const op = (c.addNaclRule ?? c.replaceNaclRule ?? c.removeNaclRule) as {
      nacl: string;
      inbound?: NaclRule | number;
      outbound?: NaclRule | number;
    };
    const n =
      s.nacls[op.nacl] ??
      (op.nacl === "default" ? (s.nacls.default = { kind: "default", inbound: [], outbound: [] }) : undefined);
    if (!n) return `network ACL "${op.nacl}" does not exist`;
    const dir = op.inbound !== undefined ? "inbound" : "outbound";
    const v = op.inbound ?? op.outbound;
    if (v === undefined || (op.inbound !== undefined && op.outbound !== undefined))
      return "give exactly one of inbound: or outbound:";
    const num = typeof v === "number" ? v : v.rule;
    const implicit = n.kind === "default" && (num === 100 || num === 101);
    const idx = n[dir].findIndex((r) => r.rule === num);
    if (c.addNaclRule) {
      if (idx >= 0 || implicit)
        return `rule number ${num} already exists in ${op.nacl} ${dir}; use replaceNaclRule (NACL-2: entries cannot be edited, only replaced)`;
      n[dir].push(v as NaclRule);
    } else if (c.replaceNaclRule) {
      if (idx < 0 && !implicit) return `${op.nacl} ${dir} has no rule ${num} to replace`;
      if (idx >= 0) n[dir].splice(idx, 1, v as NaclRule);
      else n[dir].push(v as NaclRule);
    } else {
      if (num >= 32767) return "the final * rule cannot be removed (NACL-3)";
      if (idx < 0 && !implicit) return `${op.nacl} ${dir} has no rule ${num} to remove`;
      if (idx >= 0) n[dir].splice(idx, 1);
      else {
        n.kind = "custom";
        n[dir] = n[dir];
        const other = dir === "inbound" ? "outbound" : "inbound";
        restoreDefaults(s, op.nacl, dir, num, other);
      }
    }
    return null;
  }
  if (c.createSecurityGroup) {
    const { name, ...rest } = c.createSecurityGroup;
    if (s.securityGroups[name]) return `security group ${name} already exists`;
    s.securityGroups[name] = rest;
    return null;
  }
  if (c.attachSecurityGroup || c.detachSecurityGroup) {
    const op = (c.attachSecurityGroup ?? c.detachSecurityGroup) as { host: string; group: string };
    if (s.natGateways[op.host])
      return `${op.host} is a NAT gateway: NAT gateways take no security groups; the network ACL of their subnet applies (RT-6)`;
    const h = s.hosts[op.host];
    if (!h) return `host "${op.host}" does not exist`;
    if (op.group !== "default" && !s.securityGroups[op.group]) return `security group "${op.group}" does not exist`;
    const groups = h.securityGroups ?? ["default"];
    if (c.attachSecurityGroup) h.securityGroups = groups.includes(op.group) ? groups : [...groups, op.group];
    else {
      if (!groups.includes(op.group)) return `${op.group} is not attached to ${op.host}`;
      if (groups.length === 1) return "a network interface must keep at least one security group";
      h.securityGroups = groups.filter((g) => g !== op.group);
    }
    return null;
  }
  if (c.createNacl) {
    const { name, ...rest } = c.createNacl;
    if (s.nacls[name]) return `network ACL ${name} already exists`;
    s.nacls[name] = rest;
    return null;
  }
  if (c.associateNacl) {
    const sub = s.subnets[c.associateNacl.subnet];
    if (!sub) return `subnet "${c.associateNacl.subnet}" does not exist`;
    sub.nacl = c.associateNacl.nacl;
    return null;
  }
  if (c.associateRouteTable) {
    const sub = s.subnets[c.associateRouteTable.subnet];
    if (!sub) return `subnet "${c.associateRouteTable.subnet}" does not exist`;
    sub.routeTable = c.associateRouteTable.table;
    if (!s.routeTables[c.associateRouteTable.table] && c.associateRouteTable.table !== "main")
      return `route table "${c.associateRouteTable.table}" does not exist`;
    return null;
  }
  if (c.addRoute || c.replaceRoute || c.removeRoute) {
    const op = (c.addRoute ?? c.replaceRoute ?? c.removeRoute) as { table: string; to: string; via?: string };
    const t =
      s.routeTables[op.table] ??
      (op.table === "main"
        ? (s.routeTables.main = { main: !Object.values(s.routeTables).some((x) => x.main), routes: [] })
        : undefined);
    if (!t) return `route table "${op.table}" does not exist`;
    const key = cidrFrom(op.to);
    const idx = t.routes.findIndex((r) => {
      const k = cidrFrom(r.to);
      return k !== null && key !== null && cidrToString(k) === cidrToString(key);
    });
    if (c.addRoute) {
      if (idx >= 0) return `route table ${op.table} already has a route for ${op.to}; use replaceRoute`;
      t.routes.push({ to: op.to, via: op.via ?? "" });
    } else if (c.replaceRoute) {
      if (idx < 0) return `route table ${op.table} has no route for ${op.to} to replace`;
      t.routes.splice(idx, 1, { to: op.to, via: op.via ?? "" });
    } else {
      if (idx < 0) return `route table ${op.table} has no route for ${op.to}`;
      t.routes.splice(idx, 1);
    }
    return null;
  }
  if (c.setPublicIp) {
    const h = s.hosts[c.setPublicIp.host];
    if (!h) return `host "${c.setPublicIp.host}" does not exist`;
    if (c.setPublicIp.publicIp !== undefined) {
      if (c.setPublicIp.publicIp === null) delete h.publicIp;
      else h.publicIp = c.setPublicIp.publicIp;
    }
    if (c.setPublicIp.elasticIp !== undefined) {
      if (c.setPublicIp.elasticIp === null) delete h.elasticIp;
      else h.elasticIp = c.setPublicIp.elasticIp;
    }
    return null;
  }
  if (c.attachInternetGateway) {
    if (!s.vpc) return "there is no VPC";
    if (s.vpc.internetGateway) return "a VPC can have only one internet gateway attached";
    s.vpc.internetGateway = c.attachInternetGateway.name;
    return null;
  }
  if (c.detachInternetGateway) {
    if (!s.vpc?.internetGateway) return "no internet gateway is attached";
    const name = s.vpc.internetGateway;
    delete s.vpc.internetGateway;
    blackholeRoutes(s, name);
    return null;
  }
  if (c.createNatGateway) {
    const { name, ...rest } = c.createNatGateway;
    if (s.natGateways[name]) return `NAT gateway ${name} already exists`;
    s.natGateways[name] = rest;
    return null;
  }
  if (c.deleteNatGateway) {
    if (!s.natGateways[c.deleteNatGateway.name]) return `NAT gateway "${c.deleteNatGateway.name}" does not exist`;
    delete s.natGateways[c.deleteNatGateway.name];
    blackholeRoutes(s, c.deleteNatGateway.name);
    return null;
  }
  if (c.setHostFirewall) {
    const h = hostOf(s, c.setHostFirewall.host);
    if (!h) return `host "${c.setHostFirewall.host}" does not exist`;
    if (c.setHostFirewall.firewall) h.firewall = c.setHostFirewall.firewall;
    else delete h.firewall;
    return null;
  }
  if (c.addFirewallRule) {
    const h = hostOf(s, c.addFirewallRule.host);
    if (!h) return `host "${c.addFirewallRule.host}" does not exist`;
    h.firewall = h.firewall ?? { inbound: "block", outbound: "allow", rules: [] };
    h.firewall.rules.push(c.addFirewallRule.rule);
    return null;
  }
  if (c.setListens) {
    const h = hostOf(s, c.setListens.host);
    if (!h) return `host "${c.setListens.host}" does not exist`;
    h.listens = c.setListens.listens;
    return null;
  }
  if (c.setSourceDestCheck) {
    const op = c.setSourceDestCheck;
    if (s.natGateways[op.host])
      return `${op.host} is a NAT gateway, which has no source/destination check setting (RT-6)`;
    const h = s.hosts[op.host];
    if (!h) return `host "${op.host}" does not exist`;
    if (op.enabled) delete h.sourceDestCheck;
    else h.sourceDestCheck = false; // RT-10: on by default
    return null;
  }
  if (c.setFlowApp) {
    const f = [...s.goals, ...s.forbidden].filter((x) => x.name === c.setFlowApp?.flow);
    if (f.length === 0) return `no flow named "${c.setFlowApp.flow}"`;
    f.forEach((x) => {
      x.app = c.setFlowApp?.app;
    });
    return null;
  }
  const connect = applyConnect(s, c);
  if (connect !== undefined) return connect;
  const zones = applyZones(s, c);
  return zones !== undefined ? zones : applyHome(s, c);
}

import { applyHome } from "../home/changes";
import { applyConnect, CONNECT_SECTIONS } from "./changes-connect";
import { applyZones, ZONE_SECTIONS } from "./changes-zones";

/** The rules a group of this kind has without being listed (SG-9 new group, SG-10 default group). */
function implicitSgRules(
  s: Scenario,
  name: string,
  kind: "new" | "default" | "custom",
  dir: "inbound" | "outbound",
): SgRule[] {
  if (kind === "custom") return [];
  if (dir === "outbound")
    return [{ proto: "all", to: "0.0.0.0/0" }, ...(s.vpc?.ipv6Cidr ? [{ proto: "all" as const, to: "::/0" }] : [])];
  return kind === "default" ? [{ proto: "all", from: name }] : [];
}

type AnyHost = { firewall?: HostFirewall; listens: "any" | string[] };
function hostOf(s: Scenario, name: string): AnyHost | undefined {
  return s.hosts[name] ?? s.home?.hosts[name];
}

function blackholeRoutes(s: Scenario, target: string): void {
  for (const t of Object.values(s.routeTables))
    t.routes = t.routes.map((r) => (r.via === target ? { ...r, blackhole: true } : r)); // RT-9
}

function restoreDefaults(
  s: Scenario,
  nacl: string,
  dir: "inbound" | "outbound",
  removed: number,
  other: "inbound" | "outbound",
): void {
  // Removing rule 100/101 of a default NACL: materialise the remaining default entries as explicit rules.
  const n = s.nacls[nacl];
  if (!n) return;
  const v6 = s.vpc?.ipv6Cidr !== undefined;
  const entry = (num: number, cidr: string, d: "inbound" | "outbound"): NaclRule => ({
    rule: num,
    proto: "all",
    action: "allow",
    ...(d === "inbound" ? { from: cidr } : { to: cidr }),
  });
  const defaults = (d: "inbound" | "outbound") => [entry(100, "0.0.0.0/0", d), ...(v6 ? [entry(101, "::/0", d)] : [])];
  n[dir] = [...defaults(dir).filter((r) => r.rule !== removed && !n[dir].some((x) => x.rule === r.rule)), ...n[dir]];
  n[other] = [...defaults(other).filter((r) => !n[other].some((x) => x.rule === r.rule)), ...n[other]];
}

/** Applies the changes of the given choices in order. Problems are reported per change; later changes still apply. */
/** What a run of changes has copied so far: a few keys, so an array beats a Set. */
class Copied {
  private items: string[] = [];
  has(k: string): boolean {
    return this.items.includes(k);
  }
  add(k: string): void {
    this.items.push(k);
  }
  clear(): void {
    this.items = [];
  }
}

/** Sections of the scenario an operation may modify: only those are copied (copy on write). */
const SECTIONS: Record<string, readonly (keyof Scenario)[]> = {
  addSgRule: ["securityGroups"],
  removeSgRule: ["securityGroups"],
  createSecurityGroup: ["securityGroups"],
  attachSecurityGroup: ["hosts"],
  detachSecurityGroup: ["hosts"],
  addNaclRule: ["nacls"],
  replaceNaclRule: ["nacls"],
  removeNaclRule: ["nacls"],
  createNacl: ["nacls"],
  associateNacl: ["subnets"],
  associateRouteTable: ["subnets"],
  addRoute: ["routeTables"],
  replaceRoute: ["routeTables"],
  removeRoute: ["routeTables"],
  setPublicIp: ["hosts"],
  attachInternetGateway: ["vpc"],
  detachInternetGateway: ["vpc", "routeTables"],
  createNatGateway: ["natGateways"],
  deleteNatGateway: ["natGateways", "routeTables"],
  setHostFirewall: ["hosts", "home"],
  addFirewallRule: ["hosts", "home"],
  setListens: ["hosts", "home"],
  setFlowApp: ["goals", "forbidden"],
  setSourceDestCheck: ["hosts"],
  ...CONNECT_SECTIONS,
  ...ZONE_SECTIONS,
};

/** The one entry of a record section an operation touches (a group, a NACL, a table), when it names one. */
const ENTRY_FIELD: Record<string, string> = { securityGroups: "group", nacls: "nacl", routeTables: "table" };

/** A group, NACL or route table: copy the object and its arrays; the rules themselves are never mutated. */
function cloneEntry(e: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...e };
  for (const [k, v] of Object.entries(e)) if (Array.isArray(v)) out[k] = [...(v as unknown[])];
  return out;
}

function copyOnWrite(s: Scenario, c: Change, copied: Copied): void {
  const op = Object.keys(c)[0] ?? "";
  const fields = (c as Record<string, Record<string, unknown> | undefined>)[op] ?? {};
  for (const key of SECTIONS[op] ?? ["home"]) {
    if (copied.has(key) || s[key] === undefined) continue;
    const field = ENTRY_FIELD[key];
    const entry = field ? fields[field] : undefined;
    if (typeof entry === "string" && !copied.has(`${key}/*`)) {
      // Copy the section shallowly and only the named entry deeply, so untouched entries keep their identity.
      const section = s[key] as Record<string, unknown>;
      if (!copied.has(`${key}/shallow`)) {
        (s as Record<string, unknown>)[key] = { ...section };
        copied.add(`${key}/shallow`);
      }
      const mine = s[key] as Record<string, unknown>;
      if (!copied.has(`${key}/${entry}`) && mine[entry] !== undefined) {
        mine[entry] = cloneEntry(mine[entry] as Record<string, unknown>);
        copied.add(`${key}/${entry}`);
      }
      continue;
    }
    (s as Record<string, unknown>)[key] = JSON.parse(JSON.stringify(s[key])) as unknown;
    copied.add(key);
    copied.add(`${key}/*`);
  }
}

export function applyChoices(
  base: Scenario,
  letters: readonly string[],
  isTrusted = false,
): ApplyResult & { invalid: { choice: string; change: number; reason: Fact }[] } {
  const s = { ...base } as Scenario;
  const copied = new Copied();
  const invalid: { choice: string; change: number; reason: Fact }[] = [];
  for (const letter of letters) {
    (s.choices[letter] ?? []).forEach((c, i) => {
      // Trusted: the caller already knows each choice is valid (choice analysis), so skip the costly re-validation.
      if (isTrusted) {
        copyOnWrite(s, c, copied);
        applyOne(s, c);
        return;
      }
      // Each checked change copies what it touches afresh, so a shallow snapshot is enough to undo it.
      const before = { ...s } as Scenario;
      copied.clear();
      copyOnWrite(s, c, copied);
      const why = applyOne(s, c);
      const problems = why === null ? validateScenario(s) : [];
      if (why !== null || problems.length > 0) {
        const reason = why ?? (problems[0]?.message as string);
        invalid.push({
          choice: letter,
          change: i,
          reason: fact("changeInvalid", { kind: invalidKindOf(reason), detail: reason }),
        });
        Object.assign(s, before);
      }
    });
  }
  return { scenario: s, problems: invalid.map((x) => ({ change: x.change, reason: x.reason })), invalid };
}

/**
 * The kind of an impossible change, for the learner's sentence (the validator's own message stays in `detail`, for
 * authors). Kinds: sgDeny (SG-7), naclRuleNumber (NACL-2), naclDuplicate, naclFinalRule (NACL-3), natNoSecurityGroup (RT-6),
 * oneInternetGateway, routeExists, localRouteEqual / localRouteMoreSpecific (RT-2), gatewayEndpointRegion, wafApplicationOnly, missing (a name that does not exist), other.
 */
export function invalidKindOf(message: string): string {
  if (message.includes("deny rule cannot be created")) return "sgDeny";
  if (message.startsWith("rule number") && message.includes("outside")) return "naclRuleNumber";
  if (message.startsWith("rule number") && message.includes("already exists")) return "naclDuplicate";
  if (message.includes("final * rule")) return "naclFinalRule";
  if (message.includes("is a NAT gateway")) return "natNoSecurityGroup";
  if (message.includes("only one internet gateway")) return "oneInternetGateway";
  if (message.includes("already has a route")) return "routeExists";
  if (message.includes("is the local route")) return "localRouteEqual";
  if (message.includes("more specific than the local route")) return "localRouteMoreSpecific";
  if (message.includes("overlapping CIDR blocks")) return "peeringOverlap";
  if (message.includes("[VPC-PEER-SG]")) return "sgReferenceOtherRegion";
  if (message.includes("which is not peered")) return "sgReferenceNotPeered";
  if (message.includes("duplicate route") || message.includes("already has a route for")) return "duplicateRoute";
  if (message.includes("is already associated with route table")) return "tgwAssociation";
  if (message.includes("serves its own VPC's Region only")) return "gatewayEndpointRegion";
  if (message.includes("[WAF-RES]")) return "wafApplicationOnly";
  if (message.includes("[TGW-AZ]") || message.includes("[ELB-AZ]")) return "oneSubnetPerAz";
  if (message.includes("[NLB-ALB]")) return "albTarget";
  if (message.includes("[PL-SVC]")) return "endpointServiceLb";
  if (message.includes("[S2S-TUN]")) return "tunnelOptions";
  if (message.includes("does not exist")) return "missing";
  return "other";
}
