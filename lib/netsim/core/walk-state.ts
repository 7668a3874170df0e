/**
 * The state of one symbolic flow walk: port variables (the client's ephemeral port, the NAT gateway's
 * port, the FTP passive port) as interval sets that each filter narrows, the steps recorded so far,
 * connection-tracking sessions, and why ports were dropped. Pure data; the walk is deterministic.
 */
import { ipToString, type IpAddress } from "./address";
import { intersect, isEmpty, portRange, union, type PortSet } from "./port-set";
import { factOf, type Fact, type LazyFact } from "./fact";
import { addressLackText } from "./trace";
import type {
  AddressLack,
  Component,
  Header,
  PacketKind,
  PacketTrace,
  ReasonCode,
  RuleRef,
  Step,
  StepAction,
} from "./trace";
import type { Model } from "../aws/model";

export type PortTerm = { kind: "fixed"; port: number } | { kind: "var"; id: string };
export type Proto = "tcp" | "udp" | "icmp" | "icmpv6";
export type Pkt = {
  proto: Proto;
  src: IpAddress;
  dst: IpAddress;
  sport: PortTerm | null;
  dport: PortTerm | null;
  icmpType?: number;
  /** NLB security groups the packet came through (targets may reference them, [NLB-SG]). */
  viaGroups?: string[];
  /** Shown in traces instead of an address the packet cannot have (a host with no address of its family); only on packets dropped at once. */
  srcLacks?: AddressLack;
  dstLacks?: AddressLack;
  /** Shown in traces instead of the destination address (a service reached by name). */
  dstName?: string;
};
export type Kill = {
  variable: string | null;
  ports: PortSet | null;
  packet: number;
  step: number;
  node: string;
  component: Component;
  reason?: ReasonCode;
  rule?: RuleRef;
  fact: LazyFact;
};

/** A component a request passed (NAT gateway, interface endpoint, internet gateway, transit gateway, peering). */
export type PassedHop = { hop: string; node: string; packet: number; step: number };

export type VarState = { label: Fact; full: PortSet; alive: PortSet };
export type NatEntry = {
  nat: string;
  origSrc: IpAddress;
  origSport: PortTerm | null;
  natIp: IpAddress;
  natSport: PortTerm | null;
};

export type Walk = {
  model: Model;
  isExplained: boolean;
  /** Probe mode: denials are recorded and the packet goes on (used to find every layer that blocks a flow). */
  isProbe: boolean;
  vars: Record<string, VarState>;
  kills: Kill[];
  probeDenials: { component: Component; node: string; packet: number }[];
  /** Probe mode: the filtering layers the first packet reached (allowed or denied), by layerKey. */
  probeSeen: Set<string>;
  sessions: SmallSet;
  nat: SmallMap<NatEntry>;
  /** Per connection: the VPC a gateway endpoint carried the request from (its reply comes back the same way). */
  via: SmallMap<string>;
  /** The API request of a flow to an AWS service, matched by endpoint policies. */
  request: { action?: string; resource?: string; endpoint?: string } | null;
  /** Components the requests passed that a flow may be told to avoid (SCENARIO.md §3d), in order. */
  passed: PassedHop[];
  packets: PacketTrace[];
  cur: {
    conn: string;
    kind: PacketKind;
    steps: Step[];
    index: number;
    count: number;
    hops: { subnet: string; src: IpAddress; dst: IpAddress }[] | null;
  };
  dropped: Kill | null;
  /** The connection whose request is what the flow is for (FTP: data; LB: the last back connection). */
  finalConn: string;
  /**
   * While per-OS results are read off a walk over the union of several OSes' ranges: each client port variable's
   * ports for that OS, so that sentences built then name only that OS's ports (see shownPorts).
   */
  clip: Record<string, PortSet> | null;
  /** Port sets alive when each connection's request was accepted at its destination. */
  arrived: Record<string, Record<string, PortSet>>;
};

/** Notes that the current request passed `node` (a `hop` kind a flow's `avoid:` may name) at step `step`. */
export function notePassed(w: Walk, hop: string, node: string, step: number): void {
  if (w.cur.kind === "request") w.passed.push({ hop, node, packet: w.cur.index, step });
}

/** Records that the current request reached its destination, with the ports that got it there. */
export function markArrived(w: Walk): void {
  const snap: Record<string, PortSet> = {};
  for (const id in w.vars) snap[id] = (w.vars[id] as VarState).alive;
  w.arrived[w.cur.conn] = snap;
}

const EMPTY_SEEN: Set<string> = new Set();

/** A walk holds a handful of sessions: an array is cheaper to create and search than a Set. */
export class SmallSet {
  private readonly items: string[] = [];
  has(k: string): boolean {
    return this.items.includes(k);
  }
  add(k: string): void {
    if (!this.items.includes(k)) this.items.push(k);
  }
}

export class SmallMap<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  get(k: string): V | undefined {
    const i = this.keys.indexOf(k);
    return i < 0 ? undefined : this.values[i];
  }
  set(k: string, v: V): void {
    const i = this.keys.indexOf(k);
    if (i < 0) {
      this.keys.push(k);
      this.values.push(v);
    } else this.values[i] = v;
  }
}

export function newWalk(model: Model, isExplained: boolean, isProbe = false): Walk {
  return {
    model,
    isExplained,
    isProbe,
    vars: {},
    kills: [],
    probeDenials: [],
    probeSeen: isProbe ? new Set() : EMPTY_SEEN,
    sessions: new SmallSet(),
    nat: new SmallMap<NatEntry>(),
    via: new SmallMap<string>(),
    request: null,
    passed: [],
    packets: [],
    cur: { conn: "", kind: "request", steps: [], index: -1, count: 0, hops: null },
    dropped: null,
    finalConn: "main",
    arrived: {},
    clip: null,
  };
}

export const fixed = (port: number): PortTerm => ({ kind: "fixed", port });

export function addVar(w: Walk, id: string, label: Fact, full: PortSet): PortTerm {
  w.vars[id] = { label, full, alive: full };
  return { kind: "var", id };
}

/** The ports a term can currently take. */
export function termPorts(w: Walk, t: PortTerm | null): PortSet | null {
  if (t === null) return null;
  return t.kind === "fixed" ? portRange(t.port) : (w.vars[t.id]?.alive ?? []);
}

/** A port set captured for a sentence, as the sentence shows it: clipped to the current OS's ports when reading per-OS results. */
export function shownPorts(w: Walk, t: PortTerm | null, set: PortSet | null): PortSet | null {
  if (set === null || t === null || t.kind !== "var" || w.clip === null) return set;
  const c = w.clip[t.id];
  return c ? intersect(set, c) : set;
}

export function headerOf(w: Walk, p: Pkt): Header {
  const h: Header = {
    proto: p.proto.toUpperCase(),
    src: p.srcLacks ? addressLackText(p.srcLacks) : ipToString(p.src),
    dst: p.dstLacks ? addressLackText(p.dstLacks) : (p.dstName ?? ipToString(p.dst)),
    srcPorts: termPorts(w, p.sport),
    dstPorts: termPorts(w, p.dport),
  };
  if (p.icmpType !== undefined) h.icmpType = p.icmpType;
  if (p.srcLacks) h.srcLacks = p.srcLacks;
  if (p.dstLacks) h.dstLacks = p.dstLacks;
  return h;
}

export function beginPacket(w: Walk, conn: string, kind: PacketKind): void {
  w.cur = { conn, kind, steps: [], index: w.cur.index + 1, count: 0, hops: null };
}

export function endPacket(w: Walk, label: Fact, disposition: PacketTrace["disposition"]): void {
  if (w.isExplained)
    w.packets.push({ connection: w.cur.conn, kind: w.cur.kind, label, steps: w.cur.steps, disposition });
}

export type StepInfo = { rule?: RuleRef; reason?: ReasonCode; passed?: PortSet; denied?: PortSet };

/** Records a step (only when explaining; the sequence number is still counted so kills can point at it). */
export function record(
  w: Walk,
  node: string,
  component: Component,
  action: StepAction,
  before: Pkt,
  after: Pkt,
  info: StepInfo,
  build: () => Fact,
): number {
  const seq = ++w.cur.count;
  if (w.isProbe && w.cur.index === 0 && isFilterLayer(component)) w.probeSeen.add(layerKey(component, node));
  if (w.isExplained) {
    const s: Step = {
      seq,
      node,
      component,
      action,
      before: headerOf(w, before),
      after: headerOf(w, after),
      fact: build(),
    };
    if (info.rule) s.rule = info.rule;
    if (info.reason) s.reason = info.reason;
    if (info.passed) s.passed = info.passed;
    if (info.denied) s.denied = info.denied;
    w.cur.steps.push(s);
  }
  return seq;
}

function isFilterLayer(c: Component): boolean {
  return c === "security-group" || c === "network-acl" || c === "host-firewall" || c === "home-router";
}

/**
 * A filtering layer's identity for defence-in-depth comparisons: the component and where it sits (the ENI for security
 * groups, the subnet for a NACL, the host for a firewall), not the group or NACL names, which a choice may change.
 */
export function layerKey(component: Component, node: string): string {
  const at = /\(([^()]*)\)$/.exec(node);
  return `${component}|${at ? at[1] : node}`;
}

/** Records a drop of the whole packet and stops the walk (unless probing). Returns false for "stop". */
export function drop(
  w: Walk,
  node: string,
  component: Component,
  action: StepAction,
  p: Pkt,
  info: StepInfo,
  f: LazyFact,
): boolean {
  const seq = record(w, node, component, action, p, p, info, () => factOf(f));
  const kill: Kill = { variable: null, ports: null, packet: w.cur.index, step: seq, node, component, fact: f };
  if (info.reason) kill.reason = info.reason;
  if (info.rule) kill.rule = info.rule;
  if (w.isProbe && isFilterLayer(component)) {
    w.probeDenials.push({ component, node, packet: w.cur.index });
    return true;
  }
  w.dropped = kill;
  return false;
}

/**
 * Applies a filter's verdict to a variable port: `allowed` survive, the rest are recorded as killed by
 * `deniedBy`. Returns false when nothing survives.
 */
export function narrow(
  w: Walk,
  variable: string,
  allowed: PortSet,
  denials: {
    ports: PortSet;
    rule?: RuleRef;
    reason?: ReasonCode;
    fact: LazyFact;
    node: string;
    component: Component;
    step: number;
  }[],
): boolean {
  const v = w.vars[variable];
  if (!v) return true;
  for (const d of denials) {
    if (isEmpty(d.ports)) continue;
    if (w.isProbe) {
      w.probeDenials.push({ component: d.component, node: d.node, packet: w.cur.index });
      continue;
    }
    const kill: Kill = {
      variable,
      ports: d.ports,
      packet: w.cur.index,
      step: d.step,
      node: d.node,
      component: d.component,
      fact: d.fact,
    };
    if (d.rule) kill.rule = d.rule;
    if (d.reason) kill.reason = d.reason;
    w.kills.push(kill);
  }
  if (w.isProbe) return true;
  v.alive = intersect(v.alive, allowed);
  if (isEmpty(v.alive)) {
    const last = w.kills[w.kills.length - 1];
    w.dropped = last ?? {
      variable,
      ports: null,
      packet: w.cur.index,
      step: w.cur.count,
      node: "",
      component: "instance",
      fact: { code: "portsExhausted" },
    };
    return false;
  }
  return true;
}

export function unionAll(sets: readonly PortSet[]): PortSet {
  return sets.reduce<PortSet>((a, b) => union(a, b), []);
}
