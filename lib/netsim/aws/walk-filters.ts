/**
 * Filter steps of a walk in a VPC: network ACL (stateless, per subnet boundary) and security group (stateful, per
 * ENI). Each narrows the packet's variable port or drops it. Host firewalls and listening ports: core/walk-host.ts.
 */
import { evaluateNacl } from "./nacl";
import { evaluateSg } from "./security-group";
import { fact, ruleNumber, type Fact } from "../core/fact";
import { icmpParams, isIcmp } from "../core/icmp";
import { isEmpty, type PortSet } from "../core/port-set";
import { PROTO } from "../core/rules";
import {
  drop,
  narrow,
  record,
  shownPorts,
  termPorts,
  unionAll,
  type Pkt,
  type StepInfo,
  type Walk,
} from "../core/walk-state";
import type { Eni } from "./model";
import type { RuleRef } from "../core/trace";
import type { CompiledSgRule } from "../core/rules";
import type { IpAddress } from "../core/address";

type Dir = "inbound" | "outbound";
const protoNum = (p: Pkt): number => PROTO[p.proto];

/** NACL of `subnet` for a packet leaving (outbound) or entering (inbound) it. NACL-1, -2, -3, -6, -7. */
export function naclStep(w: Walk, subnet: string, dir: Dir, p: Pkt): boolean {
  const sub = w.model.subnets[subnet];
  const nacl = sub ? w.model.nacls[sub.nacl] : undefined;
  if (!sub || !nacl) return true;
  const node = w.model.index.name(`nacl|${subnet}`, () => `${nacl.name} (${subnet})`);
  const fp: { proto: number; peer: IpAddress; icmpType?: number } = {
    proto: protoNum(p),
    peer: dir === "inbound" ? p.src : p.dst,
  };
  if (p.icmpType !== undefined) fp.icmpType = p.icmpType;
  const term = p.dport;
  const portsNow = termPorts(w, term); // captured: facts are read lazily, after later steps narrow the port
  const pieces = evaluateNacl(dir === "inbound" ? nacl.inbound : nacl.outbound, fp, portsNow);
  const shown = (set: PortSet | null) => shownPorts(w, term, set);
  const ref = (n: number, text: string): RuleRef => ({
    kind: "nacl",
    id: `${nacl.name}/${dir}/${ruleNumber(n)}`,
    text,
  });
  const allowed: typeof pieces = [];
  const denied: typeof pieces = [];
  for (const x of pieces) (x.isAllowed ? allowed : denied).push(x);
  const isReply = w.cur.kind === "response" && term?.kind === "var";
  if (term === null || term.kind === "fixed" || allowed.length === 0 || denied.length === 0) {
    const first = pieces[0];
    if (!first) return true;
    const r = first.rule;
    if (allowed.length > 0) {
      record(w, node, "network-acl", "PERMITTED", p, p, { rule: ref(r.number, r.text) }, () =>
        isIcmp(p.proto)
          ? fact("naclAllowIcmp", {
              nacl: nacl.name,
              dir,
              rule: ruleNumber(r.number),
              ruleText: r.text,
              ...icmpParams(p),
            })
          : fact("naclAllow", {
              nacl: nacl.name,
              dir,
              rule: ruleNumber(r.number),
              ruleText: r.text,
              ports: shown(portsNow),
            }),
      );
      return true;
    }
    const denyFact = (): Fact =>
      fact("naclDeny", {
        nacl: nacl.name,
        dir,
        rule: ruleNumber(r.number),
        ruleText: r.text,
        isFinalRule: r.number >= 32767,
        replyPorts: isReply ? shown(portsNow) : undefined,
      });
    if (term?.kind === "var") {
      // Every value of the variable port is denied: record the drop per port so a counterexample names the port.
      const seq = record(
        w,
        node,
        "network-acl",
        "DENIED",
        p,
        p,
        { rule: ref(r.number, r.text), reason: "SUBNET_ACL_RESTRICTION", denied: termPorts(w, term) ?? [] },
        denyFact,
      );
      return narrow(
        w,
        term.id,
        [],
        denied.map((d) => ({
          ports: d.ports ?? [],
          rule: ref(d.rule.number, d.rule.text),
          reason: "SUBNET_ACL_RESTRICTION" as const,
          node,
          component: "network-acl" as const,
          step: seq,
          fact: denyFact,
        })),
      );
    }
    return drop(
      w,
      node,
      "network-acl",
      "DENIED",
      p,
      { rule: ref(r.number, r.text), reason: "SUBNET_ACL_RESTRICTION" },
      denyFact,
    );
  }
  // Partial: some of the variable port's values pass, some are denied (e.g. a Windows XP client vs 32768-65535).
  const passed = unionAll(allowed.map((x) => x.ports ?? []));
  const deniedSet = unionAll(denied.map((x) => x.ports ?? []));
  const r0 = allowed[0]?.rule;
  const d0 = denied[0]?.rule;
  const seq = record(
    w,
    node,
    "network-acl",
    "PERMITTED",
    p,
    { ...p },
    { ...(r0 ? { rule: ref(r0.number, r0.text) } : {}), passed, denied: deniedSet, reason: "SUBNET_ACL_RESTRICTION" },
    () =>
      fact("naclPartial", {
        nacl: nacl.name,
        dir,
        passed: shown(passed),
        denied: shown(deniedSet),
        rule: d0 ? ruleNumber(d0.number) : "*",
      }),
  );
  return narrow(
    w,
    term.id,
    passed,
    denied.map((d) => ({
      ports: d.ports ?? [],
      rule: ref(d.rule.number, d.rule.text),
      reason: "SUBNET_ACL_RESTRICTION" as const,
      node,
      component: "network-acl" as const,
      step: seq,
      fact: () =>
        fact("naclDenyPorts", {
          nacl: nacl.name,
          dir,
          rule: ruleNumber(d.rule.number),
          ports: shown(d.ports),
          isFinalRule: d.rule.number >= 32767,
          replyPorts: isReply ? shown(d.ports) : undefined,
        }),
    })),
  );
}

/** Is the connection untracked at this ENI (SG-3)? Only TCP/UDP; ICMP is always tracked. Returns the other direction's all-traffic rule. */
function untrackedBy(w: Walk, eni: Eni, dir: Dir, p: Pkt, requestRuleIsOpen: boolean): CompiledSgRule | null {
  if (!requestRuleIsOpen || (p.proto !== "tcp" && p.proto !== "udp")) return null;
  const other = dir === "inbound" ? "outbound" : "inbound";
  for (const g of eni.groups) {
    for (const r of w.model.sgs[g]?.[other] ?? []) {
      const isAllPorts =
        r.proto === -1 ||
        (r.proto === PROTO[p.proto] && r.ports.length === 1 && r.ports[0]?.from === 0 && r.ports[0]?.to === 65535);
      if (isAllPorts && r.peer.kind === "cidr" && r.peer.cidr.prefix === 0 && r.peer.cidr.family === p.src.family)
        return r;
    }
  }
  return null;
}

/** The union of the ENI's groups' rules in one direction (SG-8). */
function eniSgRules(w: Walk, eni: Eni, dir: Dir): readonly CompiledSgRule[] {
  if (eni.groups.length === 1) return w.model.sgs[eni.groups[0] as string]?.[dir] ?? [];
  return eni.groups.flatMap((g) => w.model.sgs[g]?.[dir] ?? []);
}

/** The "no rule matched" row of a group's table (security groups deny what no rule allows, SG-7). */
function sgMissingRef(eni: Eni, dir: Dir, p: Pkt, dports: PortSet | null, peer: IpAddress): RuleRef {
  return {
    kind: "sg",
    id: `${eni.groups.join("+")}/${dir}/none`,
    text: `no ${dir} rule: ${p.proto.toUpperCase()} ${dports === null ? "-" : dports.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)).join(",")} ${peer.family === 4 ? "IPv4" : "IPv6"}`,
  };
}

/** Security groups of `eni` (union of all groups, SG-8), with connection tracking (SG-1..3). */
export function sgStep(w: Walk, eni: Eni, dir: Dir, p: Pkt): boolean {
  if (eni.groups.length === 0) return true; // RT-6: a NAT gateway has no security group
  const ix = w.model.index;
  const node = ix.name(`sg|${eni.name}`, () => `${eni.groups.join(" + ")} (${eni.name})`);
  const key = `sg|${eni.name}|${w.cur.conn}`;
  const state = w.sessions.has(key + "|untracked") ? "untracked" : w.sessions.has(key) ? "tracked" : null;
  if (w.cur.kind === "response" && state === "tracked") {
    record(
      w,
      node,
      "security-group",
      "MATCHED_SESSION",
      p,
      p,
      { rule: { kind: "session", id: key, text: "tracked connection" }, reason: "SESSION_MATCHED" },
      () => fact("sgSession", { groups: eni.groups.join(", "), dir }),
    );
    return true;
  }
  const peer = dir === "inbound" ? p.src : p.dst;
  const rules = eniSgRules(w, eni, dir);
  const fp: { proto: number; peer: IpAddress; icmpType?: number } = { proto: PROTO[p.proto], peer };
  if (p.icmpType !== undefined) fp.icmpType = p.icmpType;
  const dportsNow = termPorts(w, p.dport);
  // [NLB-SG] a target's rule naming the load balancer's group matches traffic the load balancer forwarded.
  const via = dir === "inbound" ? p.viaGroups : undefined;
  const members = via ? (g: string) => (via.includes(g) ? [...ix.members(g), p.src] : ix.members(g)) : ix.members;
  const res = evaluateSg(rules, fp, dportsNow, members);
  if (!res.isAllowed) {
    const missing = sgMissingRef(eni, dir, p, dportsNow, peer);
    const denyFact = () =>
      fact("sgDeny", {
        groups: eni.groups.join(", "),
        dir,
        proto: p.proto.toUpperCase(),
        ...(isIcmp(p.proto) ? icmpParams(p) : { ports: shownPorts(w, p.dport, dportsNow) }),
      });
    if (p.dport?.kind === "var") {
      const seq = record(
        w,
        node,
        "security-group",
        "DENIED",
        p,
        p,
        { rule: missing, reason: "ENI_SG_RULES_MISMATCH", denied: dportsNow ?? [] },
        denyFact,
      );
      return narrow(
        w,
        p.dport.id,
        [],
        [
          {
            ports: dportsNow ?? [],
            rule: missing,
            reason: "ENI_SG_RULES_MISMATCH",
            node,
            component: "security-group",
            step: seq,
            fact: denyFact,
          },
        ],
      );
    }
    return drop(w, node, "security-group", "DENIED", p, { rule: missing, reason: "ENI_SG_RULES_MISMATCH" }, denyFact);
  }
  const first = res.allowed[0]?.rule;
  const isOpen = first?.peer.kind === "cidr" && first.peer.cidr.prefix === 0;
  const untracked = w.cur.kind === "request" ? untrackedBy(w, eni, dir, p, isOpen) : null;
  const isPartial = res.denied !== null && !isEmpty(res.denied);
  const info: StepInfo = {};
  if (w.isExplained) {
    if (first) info.rule = { kind: "sg", id: `${first.group}/${dir}/${first.index}`, text: first.text };
    if (state === "untracked") info.reason = "SG_UNTRACKED";
    if (isPartial) {
      info.passed = unionAll(res.allowed.map((a) => a.ports ?? []));
      info.denied = res.denied ?? [];
    }
  }
  const allowFact = (): Fact => {
    const about = { group: first?.group ?? "", dir, ruleText: first?.text ?? "" };
    if (w.cur.kind === "request")
      return untracked
        ? fact("sgAllowRequestOpen", { ...about, replyRule: untracked.text })
        : fact("sgAllowRequest", about);
    // A reply of a flow AWS does not track (SG-3): allowed by this direction's all-traffic rule, which is the truth.
    return state === "untracked" ? fact("sgAllowReplyByRule", about) : fact("sgAllow", about);
  };
  const seq = record(
    w,
    node,
    "security-group",
    w.cur.kind === "request" ? "SETUP_SESSION" : "PERMITTED",
    p,
    p,
    info,
    allowFact,
  );
  if (w.cur.kind === "request") w.sessions.add(untracked ? key + "|untracked" : key);
  if (isPartial && p.dport?.kind === "var") {
    const deniedPorts = res.denied ?? [];
    const term = p.dport;
    return narrow(w, term.id, unionAll(res.allowed.map((a) => a.ports ?? [])), [
      {
        ports: deniedPorts,
        rule: sgMissingRef(eni, dir, p, dportsNow, peer),
        reason: "ENI_SG_RULES_MISMATCH",
        node,
        component: "security-group",
        step: seq,
        fact: () => fact("sgDenyPorts", { groups: eni.groups.join(", "), ports: shownPorts(w, term, deniedPorts) }),
      },
    ]);
  }
  return true;
}
