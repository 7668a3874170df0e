/**
 * Security group evaluation: allow rules only (SG-7), the union of every rule of every group on the ENI
 * (SG-8), peers as CIDRs or as groups whose members' private IPs match (SG-13). Connection tracking is
 * handled by the walker (SG-1): this function only answers "do the rules allow it?".
 */
import type { IpAddress } from "../core/address";
import { cidrContains } from "../core/cidr";
import { intersect, isEmpty, subtract, union, type PortSet } from "../core/port-set";
import type { CompiledSgRule } from "../core/rules";

export type SgPacket = { proto: number; peer: IpAddress; icmpType?: number };
export type SgResult = {
  allowed: { ports: PortSet | null; rule: CompiledSgRule }[];
  denied: PortSet | null;
  isAllowed: boolean;
};

export function sgRuleMatches(
  rule: CompiledSgRule,
  p: SgPacket,
  membersOf: (group: string) => readonly IpAddress[],
): boolean {
  if (rule.proto !== -1 && rule.proto !== p.proto) return false;
  if (rule.icmpType >= 0 && p.icmpType !== undefined && rule.icmpType !== p.icmpType) return false;
  if (rule.peer.kind === "cidr") return cidrContains(rule.peer.cidr, p.peer);
  return membersOf(rule.peer.group).some((ip) => ip.family === p.peer.family && ip.value === p.peer.value);
}

/** Evaluates the union of `rules` for destination `ports` (null when the protocol has no ports). */
export function evaluateSg(
  rules: readonly CompiledSgRule[],
  p: SgPacket,
  ports: PortSet | null,
  membersOf: (group: string) => readonly IpAddress[],
): SgResult {
  const allowed: SgResult["allowed"] = [];
  if (ports === null) {
    const rule = rules.find((r) => sgRuleMatches(r, p, membersOf));
    return rule
      ? { allowed: [{ ports: null, rule }], denied: null, isAllowed: true }
      : { allowed: [], denied: null, isAllowed: false };
  }
  let covered: PortSet = [];
  for (const rule of rules) {
    if (!sgRuleMatches(rule, p, membersOf)) continue;
    const fresh = subtract(intersect(ports, rule.ports), covered);
    if (isEmpty(fresh)) continue;
    allowed.push({ ports: fresh, rule });
    covered = union(covered, fresh);
  }
  const denied = subtract(ports, covered);
  return { allowed, denied, isAllowed: !isEmpty(covered) };
}
