/** Whether a single SG rule or NACL entry can exist in AWS: shared by scenario validation and choice changes. */
import { cidrFrom } from "../core/cidr";
import { parsePortSpec } from "../core/port-set";
import type { NaclRule, SgRule } from "../scenario/schema";

function protoProblem(proto: string | number): string | null {
  if (typeof proto === "number" && (proto < -1 || proto > 255)) return `protocol number ${proto} is outside -1..255`;
  return null;
}

function portsProblem(proto: string | number, ports: string | number | undefined): string | null {
  const needsPorts = proto === "tcp" || proto === "udp" || proto === 6 || proto === 17;
  if (ports === undefined)
    return needsPorts ? "a tcp or udp rule needs `ports:` (a number, a range like 1024-65535, or all)" : null;
  return parsePortSpec(ports) ? null : `bad port range "${ports}" (0-65535, e.g. 80 or 1024-65535)`;
}

export type RuleProblem = { field?: string; message: string };

function fieldOf(message: string, dir: "inbound" | "outbound"): string | undefined {
  if (message.startsWith("rule number")) return "rule";
  if (message.includes("deny rule")) return "action";
  if (message.includes("port")) return "ports";
  if (message.startsWith("protocol")) return "proto";
  if (message.includes("CIDR") || message.includes("security group")) return dir === "inbound" ? "from" : "to";
  return undefined;
}

/** Like ruleProblems, with the field each problem is about (for file:line:column on that field). */
export function ruleProblemsAt(
  kind: "sg" | "nacl",
  rule: SgRule | NaclRule,
  dir: "inbound" | "outbound",
  groups: ReadonlySet<string> = new Set(),
): RuleProblem[] {
  const list = kind === "sg" ? ruleProblems.sg(rule as SgRule, dir, groups) : ruleProblems.nacl(rule as NaclRule, dir);
  return list.map((message) => {
    const field = fieldOf(message, dir);
    return field ? { field, message } : { message };
  });
}

export const ruleProblems = {
  /** SG-7 (allow only), SG-11 (peer is a CIDR or a group). */
  sg(r: SgRule, dir: "inbound" | "outbound", groups: ReadonlySet<string>): string[] {
    const out: string[] = [];
    if (r.action === "deny") out.push("security groups have allow rules only; a deny rule cannot be created (SG-7)");
    const peer = dir === "inbound" ? r.from : r.to;
    const wrong = dir === "inbound" ? r.to : r.from;
    if (peer === undefined)
      out.push(`an ${dir} rule needs \`${dir === "inbound" ? "from" : "to"}:\` (a CIDR or a security group name)`);
    else if (!cidrFrom(peer) && !groups.has(peer.replace(/^sg:/, "")))
      out.push(`"${peer}" is neither a CIDR block nor a known security group`);
    if (wrong !== undefined)
      out.push(
        `an ${dir} rule uses \`${dir === "inbound" ? "from" : "to"}:\`, not \`${dir === "inbound" ? "to" : "from"}:\``,
      );
    const p = protoProblem(r.proto) ?? portsProblem(r.proto, r.ports);
    if (p) out.push(p);
    return out;
  },
  /** NACL-2 (rule numbers 1-32766), NACL-8 (fields). */
  nacl(r: NaclRule, dir: "inbound" | "outbound"): string[] {
    const out: string[] = [];
    if (r.rule < 1 || r.rule > 32766)
      out.push(`rule number ${r.rule} is outside 1-32766 (32767 and above are reserved; NACL-2)`);
    const peer = dir === "inbound" ? r.from : r.to;
    if (peer === undefined) out.push(`an ${dir} entry needs \`${dir === "inbound" ? "from" : "to"}:\` (a CIDR block)`);
    else if (!cidrFrom(peer)) out.push(`"${peer}" is not a CIDR block (network ACLs cannot reference security groups)`);
    const p = protoProblem(r.proto) ?? portsProblem(r.proto, r.ports);
    if (p) out.push(p);
    return out;
  },
};
