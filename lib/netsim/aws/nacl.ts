/**
 * Network ACL evaluation over a destination port set: rules in ascending number, first match wins,
 * allow or deny, then the "*" deny (NACL-1..3, NACL-7, NACL-8). Stateless: callers evaluate replies again.
 */
import { cidrContains } from "../core/cidr";
import type { IpAddress } from "../core/address";
import { intersect, isEmpty, subtract, type PortSet } from "../core/port-set";
import type { CompiledNaclRule } from "../core/rules";

export type FilterPacket = { proto: number; peer: IpAddress; icmpType?: number };
/** One slice of the port set and the rule that decided it. */
export type Piece = { ports: PortSet | null; isAllowed: boolean; rule: CompiledNaclRule };

/** Does the rule's protocol, ICMP type and CIDR (source inbound, destination outbound) match? */
export function naclRuleMatches(rule: CompiledNaclRule, p: FilterPacket): boolean {
  if (rule.proto !== -1 && rule.proto !== p.proto) return false;
  if (rule.icmpType >= 0 && p.icmpType !== undefined && rule.icmpType !== p.icmpType) return false;
  // NACL-7: IPv4 rules never match IPv6 traffic (cidrContains compares families).
  return cidrContains(rule.cidr, p.peer);
}

/**
 * Partitions `ports` (the packet's destination ports; null for ICMP and other port-less protocols)
 * by the first rule that matches each port.
 */
export function evaluateNacl(rules: readonly CompiledNaclRule[], p: FilterPacket, ports: PortSet | null): Piece[] {
  const pieces: Piece[] = [];
  let remaining: PortSet | null = ports;
  for (const rule of rules) {
    if (!naclRuleMatches(rule, p)) continue;
    if (remaining === null) return [{ ports: null, isAllowed: rule.allow, rule }];
    const hit = intersect(remaining, rule.ports);
    if (isEmpty(hit)) continue;
    pieces.push({ ports: hit, isAllowed: rule.allow, rule });
    remaining = subtract(remaining, rule.ports);
    if (isEmpty(remaining)) break;
  }
  return pieces;
}
