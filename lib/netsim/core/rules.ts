/**
 * Compiled SG rules and NACL entries: protocol number, destination port set, ICMP type, peer.
 * Protocol -1 or any protocol other than tcp/udp/icmp/icmpv6 matches all ports (SG-12, NACL-8).
 */
import { cidrFrom, cidrToString, type Cidr } from "./cidr";
import { ALL_PORTS, formatPortSet, parsePortSpec, type PortSet } from "./port-set";
import type { NaclRule, SgRule } from "../scenario/schema";

export const PROTO = { all: -1, icmp: 1, tcp: 6, udp: 17, icmpv6: 58 } as const;

export function protoNumber(p: string | number): number {
  return typeof p === "number" ? p : (PROTO[p as keyof typeof PROTO] ?? -1);
}

export function protoName(n: number): string {
  return n === -1 ? "ALL" : n === 6 ? "TCP" : n === 17 ? "UDP" : n === 1 ? "ICMP" : n === 58 ? "ICMPv6" : `proto ${n}`;
}

/** Which ports a rule covers: all ports unless the protocol is tcp/udp. */
function rulePorts(proto: number, ports: string | number | undefined): PortSet {
  if (proto !== 6 && proto !== 17) return ALL_PORTS;
  return ports === undefined ? ALL_PORTS : (parsePortSpec(ports) ?? ALL_PORTS);
}

export type Peer = { kind: "cidr"; cidr: Cidr } | { kind: "sg"; group: string };

export type CompiledSgRule = {
  readonly group: string;
  readonly direction: "inbound" | "outbound";
  readonly index: number;
  readonly proto: number;
  readonly ports: PortSet;
  readonly icmpType: number;
  readonly peer: Peer;
  readonly text: string;
};
export type CompiledNaclRule = {
  readonly number: number;
  readonly proto: number;
  readonly ports: PortSet;
  readonly icmpType: number;
  readonly cidr: Cidr;
  readonly allow: boolean;
  readonly text: string;
};

const keyOf = (r: SgRule | NaclRule, extra: string) =>
  `${extra}|${"rule" in r ? r.rule : ""}|${r.proto}|${r.ports ?? ""}|${r.icmp ? `${r.icmp.type}/${r.icmp.code ?? ""}` : ""}|${r.from ?? ""}|${r.to ?? ""}|${r.action ?? ""}`;

/**
 * Compiled rules are immutable, and choice analysis compiles the same rules many times: a memo, owned by the caller
 * (one per analysis, in its compile cache), remembers them by object and by fields. Without one, rules are compiled anew.
 */
export class RuleMemo {
  readonly sgByObject = new WeakMap<SgRule, CompiledSgRule>();
  readonly naclByObject = new WeakMap<NaclRule, CompiledNaclRule | null>();
  readonly sgByFields = new Map<string, CompiledSgRule | null>();
  readonly naclByFields = new Map<string, CompiledNaclRule | null>();
}

export function compileSgRule(
  r: SgRule,
  group: string,
  direction: "inbound" | "outbound",
  index: number,
  memo?: RuleMemo,
): CompiledSgRule | null {
  if (!memo) return buildSgRule(r, group, direction, index);
  const known = memo.sgByObject.get(r);
  if (known && known.group === group && known.direction === direction && known.index === index) return known;
  const key = keyOf(r, `${group}|${direction}|${index}`);
  let c = memo.sgByFields.get(key);
  if (c === undefined) {
    c = buildSgRule(r, group, direction, index);
    memo.sgByFields.set(key, c);
  }
  if (c) memo.sgByObject.set(r, c);
  return c;
}

function buildSgRule(
  r: SgRule,
  group: string,
  direction: "inbound" | "outbound",
  index: number,
): CompiledSgRule | null {
  const peerText = (direction === "inbound" ? r.from : r.to) ?? "";
  const cidr = cidrFrom(peerText);
  const peer: Peer = cidr ? { kind: "cidr", cidr } : { kind: "sg", group: peerText.replace(/^sg:/, "") };
  const proto = protoNumber(r.proto);
  const ports = rulePorts(proto, r.ports);
  const icmpType = (proto === 1 || proto === 58) && r.icmp ? r.icmp.type : -1;
  return new SgRuleC(group, direction, index, proto, ports, icmpType, peer);
}

/** A compiled SG rule; its text is built when first read (most analyses never show it). */
class SgRuleC implements CompiledSgRule {
  private shown: string | undefined;
  constructor(
    readonly group: string,
    readonly direction: "inbound" | "outbound",
    readonly index: number,
    readonly proto: number,
    readonly ports: PortSet,
    readonly icmpType: number,
    readonly peer: Peer,
  ) {}
  get text(): string {
    if (this.shown === undefined) {
      const peerShown = this.peer.kind === "cidr" ? cidrToString(this.peer.cidr) : `sg:${this.peer.group}`;
      const portText =
        this.proto === 1 || this.proto === 58
          ? this.icmpType >= 0
            ? `type ${this.icmpType}`
            : "all types"
          : formatPortSet(this.ports);
      this.shown = `${protoName(this.proto)} ${portText} ${this.direction === "inbound" ? "from" : "to"} ${peerShown}`;
    }
    return this.shown;
  }
}

export function compileNaclRule(r: NaclRule, memo?: RuleMemo): CompiledNaclRule | null {
  if (!memo) return buildNaclRule(r);
  const known = memo.naclByObject.get(r);
  if (known !== undefined) return known;
  const key = keyOf(r, "");
  let c = memo.naclByFields.get(key);
  if (c === undefined) {
    c = buildNaclRule(r);
    memo.naclByFields.set(key, c);
  }
  memo.naclByObject.set(r, c);
  return c;
}

function buildNaclRule(r: NaclRule): CompiledNaclRule | null {
  const cidr = cidrFrom(r.from ?? r.to ?? "");
  if (!cidr) return null;
  const proto = protoNumber(r.proto);
  const ports = rulePorts(proto, r.ports);
  const icmpType = (proto === 1 || proto === 58) && r.icmp ? r.icmp.type : -1;
  return new NaclRuleC(r.rule, proto, ports, icmpType, cidr, r.action === "allow");
}

/** A compiled NACL entry; its Batfish-style text ("100 TCP [80-80] 0.0.0.0/0 ALLOW" [BF-NACL]) is built when first read. */
class NaclRuleC implements CompiledNaclRule {
  private shown: string | undefined;
  constructor(
    readonly number: number,
    readonly proto: number,
    readonly ports: PortSet,
    readonly icmpType: number,
    readonly cidr: Cidr,
    readonly allow: boolean,
  ) {}
  get text(): string {
    if (this.shown === undefined) {
      const portText =
        this.proto === 1 || this.proto === 58
          ? this.icmpType >= 0
            ? `type ${this.icmpType}`
            : "all types"
          : `[${formatPortSet(this.ports)}]`;
      this.shown = `${this.number} ${protoName(this.proto)} ${portText} ${cidrToString(this.cidr)} ${this.allow ? "ALLOW" : "DENY"}`;
    }
    return this.shown;
  }
}

/** The final "*" deny rule: internally 32767 for IPv4 and 32768 for IPv6 (NACL-3). */
export function starRule(family: 4 | 6): CompiledNaclRule {
  return family === 4 ? STAR4 : STAR6;
}
const STAR4: CompiledNaclRule = {
  number: 32767,
  proto: -1,
  ports: ALL_PORTS,
  icmpType: -1,
  cidr: cidrFrom("0.0.0.0/0") as Cidr,
  allow: false,
  text: "* ALL 0.0.0.0/0 DENY",
};
const STAR6: CompiledNaclRule = {
  number: 32768,
  proto: -1,
  ports: ALL_PORTS,
  icmpType: -1,
  cidr: cidrFrom("::/0") as Cidr,
  allow: false,
  text: "* ALL ::/0 DENY",
};
