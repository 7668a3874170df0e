/**
 * Compiled SG rules and NACL entries: protocol number, destination port set, ICMP type, peer.
 * Protocol -1 or any protocol other than tcp/udp/icmp/icmpv6 matches all ports (SG-12, NACL-8).
 */
import { cidrFrom, cidrToString, type Cidr } from './cidr';
import { ALL_PORTS, formatPortSet, parsePortSpec, type PortSet } from './port-set';
import type { NaclRule, SgRule } from '../scenario/schema';

export const PROTO = { all: -1, icmp: 1, tcp: 6, udp: 17, icmpv6: 58 } as const;

export function protoNumber(p: string | number): number {
  return typeof p === 'number' ? p : PROTO[p as keyof typeof PROTO] ?? -1;
}

export function protoName(n: number): string {
  return n === -1 ? 'ALL' : n === 6 ? 'TCP' : n === 17 ? 'UDP' : n === 1 ? 'ICMP' : n === 58 ? 'ICMPv6' : `proto ${n}`;
}

/** Which ports a rule covers: all ports unless the protocol is tcp/udp. */
function rulePorts(proto: number, ports: string | number | undefined): PortSet {
  if (proto !== 6 && proto !== 17) return ALL_PORTS;
  return ports === undefined ? ALL_PORTS : parsePortSpec(ports) ?? ALL_PORTS;
}

export type Peer = { kind: 'cidr'; cidr: Cidr } | { kind: 'sg'; group: string };

export type CompiledSgRule = { group: string; direction: 'inbound' | 'outbound'; index: number; proto: number; ports: PortSet; icmpType: number; peer: Peer; text: string };
export type CompiledNaclRule = { number: number; proto: number; ports: PortSet; icmpType: number; cidr: Cidr; allow: boolean; text: string };

// Compiled rules are immutable; memoised by their fields because choice analysis recompiles the same rules often.
const SG_MEMO = new Map<string, CompiledSgRule | null>();
const NACL_MEMO = new Map<string, CompiledNaclRule | null>();
const keyOf = (r: SgRule | NaclRule, extra: string) => `${extra}|${'rule' in r ? r.rule : ''}|${r.proto}|${r.ports ?? ''}|${r.icmp ? `${r.icmp.type}/${r.icmp.code ?? ''}` : ''}|${r.from ?? ''}|${r.to ?? ''}|${r.action ?? ''}`;

const SG_BY_OBJECT = new WeakMap<SgRule, CompiledSgRule>();

export function compileSgRule(r: SgRule, group: string, direction: 'inbound' | 'outbound', index: number): CompiledSgRule | null {
  const known = SG_BY_OBJECT.get(r);
  if (known && known.group === group && known.direction === direction && known.index === index) return known;
  const c = compileSgRuleByFields(r, group, direction, index);
  if (c) SG_BY_OBJECT.set(r, c);
  return c;
}

function compileSgRuleByFields(r: SgRule, group: string, direction: 'inbound' | 'outbound', index: number): CompiledSgRule | null {
  const key = keyOf(r, `${group}|${direction}|${index}`);
  const hit = SG_MEMO.get(key);
  if (hit !== undefined) return hit;
  const c = buildSgRule(r, group, direction, index);
  if (SG_MEMO.size > 20000) SG_MEMO.clear();
  SG_MEMO.set(key, c);
  return c;
}

function buildSgRule(r: SgRule, group: string, direction: 'inbound' | 'outbound', index: number): CompiledSgRule | null {
  const peerText = (direction === 'inbound' ? r.from : r.to) ?? '';
  const cidr = cidrFrom(peerText);
  const peer: Peer = cidr ? { kind: 'cidr', cidr } : { kind: 'sg', group: peerText.replace(/^sg:/, '') };
  const proto = protoNumber(r.proto);
  const ports = rulePorts(proto, r.ports);
  const icmpType = (proto === 1 || proto === 58) && r.icmp ? r.icmp.type : -1;
  const peerShown = peer.kind === 'cidr' ? cidrToString(peer.cidr) : `sg:${peer.group}`;
  const portText = proto === 1 || proto === 58 ? (icmpType >= 0 ? `type ${icmpType}` : 'all types') : formatPortSet(ports);
  const text = `${protoName(proto)} ${portText} ${direction === 'inbound' ? 'from' : 'to'} ${peerShown}`;
  return { group, direction, index, proto, ports, icmpType, peer, text };
}

// Rule objects are never mutated (choices copy the arrays, not the rules): memoise by identity first.
const NACL_BY_OBJECT = new WeakMap<NaclRule, CompiledNaclRule | null>();

export function compileNaclRule(r: NaclRule): CompiledNaclRule | null {
  const known = NACL_BY_OBJECT.get(r);
  if (known !== undefined) return known;
  const c = compileNaclRuleByFields(r);
  NACL_BY_OBJECT.set(r, c);
  return c;
}

function compileNaclRuleByFields(r: NaclRule): CompiledNaclRule | null {
  const key = keyOf(r, '');
  const hit = NACL_MEMO.get(key);
  if (hit !== undefined) return hit;
  const c = buildNaclRule(r);
  if (NACL_MEMO.size > 20000) NACL_MEMO.clear();
  NACL_MEMO.set(key, c);
  return c;
}

function buildNaclRule(r: NaclRule): CompiledNaclRule | null {
  const cidr = cidrFrom(r.from ?? r.to ?? '');
  if (!cidr) return null;
  const proto = protoNumber(r.proto);
  const ports = rulePorts(proto, r.ports);
  const icmpType = (proto === 1 || proto === 58) && r.icmp ? r.icmp.type : -1;
  const portText = proto === 1 || proto === 58 ? (icmpType >= 0 ? `type ${icmpType}` : 'all types') : `[${formatPortSet(ports)}]`;
  // Batfish-style line name: "100 TCP [80-80] 0.0.0.0/0 ALLOW" [BF-NACL].
  const text = `${r.rule} ${protoName(proto)} ${portText} ${cidrToString(cidr)} ${r.action.toUpperCase()}`;
  return { number: r.rule, proto, ports, icmpType, cidr, allow: r.action === 'allow', text };
}

/** The final "*" deny rule: internally 32767 for IPv4 and 32768 for IPv6 (NACL-3). */
export function starRule(family: 4 | 6): CompiledNaclRule {
  return family === 4 ? STAR4 : STAR6;
}
const STAR4: CompiledNaclRule = { number: 32767, proto: -1, ports: ALL_PORTS, icmpType: -1, cidr: cidrFrom('0.0.0.0/0') as Cidr, allow: false, text: '* ALL 0.0.0.0/0 DENY' };
const STAR6: CompiledNaclRule = { number: 32768, proto: -1, ports: ALL_PORTS, icmpType: -1, cidr: cidrFrom('::/0') as Cidr, allow: false, text: '* ALL ::/0 DENY' };
