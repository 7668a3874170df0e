/**
 * Filter steps of a walk: network ACL (stateless, per subnet boundary), security group (stateful, per ENI),
 * host firewall (stateful, per host). Each narrows the packet's variable port or drops it.
 */
import { evaluateNacl } from './nacl';
import { evaluateSg } from './security-group';
import { evaluateHostFirewall } from '../core/host-firewall';
import { hasPort, intersect, isEmpty, subtract, type PortSet } from '../core/port-set';
import { PROTO } from '../core/rules';
import { dirJa, ports, tx } from '../core/text';
import { drop, narrow, record, shownPorts, termPorts, unionAll, type Pkt, type StepInfo, type Walk } from '../core/walk-state';
import type { Eni } from './model';
import type { RuleRef, Text } from '../core/trace';
import type { CompiledSgRule } from '../core/rules';
import type { IpAddress } from '../core/address';

type Dir = 'inbound' | 'outbound';
const protoNum = (p: Pkt): number => PROTO[p.proto];

/** NACL of `subnet` for a packet leaving (outbound) or entering (inbound) it. NACL-1, -2, -3, -6, -7. */
export function naclStep(w: Walk, subnet: string, dir: Dir, p: Pkt): boolean {
  const sub = w.model.subnets[subnet];
  const nacl = sub ? w.model.nacls[sub.nacl] : undefined;
  if (!sub || !nacl) return true;
  const node = naclNode(w, nacl.name, subnet);
  const fp: { proto: number; peer: IpAddress; icmpType?: number } = { proto: protoNum(p), peer: dir === 'inbound' ? p.src : p.dst };
  if (p.icmpType !== undefined) fp.icmpType = p.icmpType;
  const term = p.dport;
  const portsNow = termPorts(w, term); // captured: sentences are built lazily, after later steps narrow the port
  const pieces = evaluateNacl(dir === 'inbound' ? nacl.inbound : nacl.outbound, fp, portsNow);
  const shown = shownFormatter(w, term);
  const ref = naclRefMaker(nacl.name, dir);
  const allowed: typeof pieces = [];
  const denied: typeof pieces = [];
  for (const x of pieces) (x.isAllowed ? allowed : denied).push(x);
  if (term === null || term.kind === 'fixed' || allowed.length === 0 || denied.length === 0) {
    const first = pieces[0];
    if (!first) return true;
    if (allowed.length > 0) {
      const r = first.rule;
      record(w, node, 'network-acl', 'PERMITTED', p, p, { rule: ref(r.number, r.text) }, () => tx(
        `ネットワーク ACL ${nacl.name} の${dirJa(dir)}ルール ${num(r.number)} (${r.text}) が宛先ポート ${shown(portsNow)} を許可しました (番号の小さいルールから評価し最初に一致したルールを適用)。`,
        `Network ACL ${nacl.name} ${dir} rule ${num(r.number)} (${r.text}) allows destination port ${shown(portsNow)}: rules are evaluated in ascending order and the first match wins (NACL-2).`));
      return true;
    }
    const r = first.rule;
    const isStar = r.number >= 32767;
    const denyText = () => tx(
      `ネットワーク ACL ${nacl.name} の${dirJa(dir)}ルール ${num(r.number)} (${r.text}) が拒否しました。${isStar ? '許可するルールがなく、最後の * ルールで拒否されます。' : ''}ネットワーク ACL はステートレスなので、応答にも許可ルールが必要です。${replyNote(w, term, portsNow).ja}`,
      `Network ACL ${nacl.name} ${dir} rule ${num(r.number)} (${r.text}) denies it.${isStar ? ' No rule allows it, so the final * rule denies it (NACL-3).' : ''} NACLs are stateless: replies need their own allow rule (NACL-1).${replyNote(w, term, portsNow).en}`);
    if (term?.kind === 'var') {
      // Every value of the variable port is denied: record the drop per port so a counterexample names the port.
      const seq = record(w, node, 'network-acl', 'DENIED', p, p, { rule: ref(r.number, r.text), reason: 'SUBNET_ACL_RESTRICTION', denied: termPorts(w, term) ?? [] }, denyText);
      return narrow(w, term.id, [], denied.map((d) => ({ ports: d.ports ?? [], rule: ref(d.rule.number, d.rule.text), reason: 'SUBNET_ACL_RESTRICTION' as const, node, component: 'network-acl' as const, step: seq, text: denyText })));
    }
    return drop(w, node, 'network-acl', 'DENIED', p, { rule: ref(r.number, r.text), reason: 'SUBNET_ACL_RESTRICTION' }, denyText);
  }
  // Partial: some of the variable port's values pass, some are denied (e.g. a Windows XP client vs 32768-65535).
  const passed = unionAll(allowed.map((x) => x.ports ?? []));
  const deniedSet = unionAll(denied.map((x) => x.ports ?? []));
  const r0 = allowed[0]?.rule;
  const d0 = denied[0]?.rule;
  const seq = record(w, node, 'network-acl', 'PERMITTED', p, { ...p }, { ...(r0 ? { rule: ref(r0.number, r0.text) } : {}), passed, denied: deniedSet, reason: 'SUBNET_ACL_RESTRICTION' }, () => tx(
    `ネットワーク ACL ${nacl.name} の${dirJa(dir)}ルールはポート ${shown(passed)} だけを許可し、ポート ${shown(deniedSet)} はルール ${d0 ? num(d0.number) : '*'} で拒否されます。`,
    `Network ACL ${nacl.name} ${dir} rules allow only ports ${shown(passed)}; ports ${shown(deniedSet)} are denied by rule ${d0 ? num(d0.number) : '*'}.`));
  if (term.kind !== 'var') return true;
  return narrow(w, term.id, passed, denied.map((d) => ({
    ports: d.ports ?? [], rule: ref(d.rule.number, d.rule.text), reason: 'SUBNET_ACL_RESTRICTION' as const, node, component: 'network-acl' as const, step: seq,
    text: () => tx(`ネットワーク ACL ${nacl.name} の${dirJa(dir)}ルール ${num(d.rule.number)} がポート ${shown(d.ports)} を拒否します。`, `Network ACL ${nacl.name} ${dir} rule ${num(d.rule.number)} denies ports ${shown(d.ports)}.`),
  })));
}

const num = (n: number): string => (n >= 32767 ? '*' : String(n));

/** Node names are built once per model (not on every hop of every walk). */
const NODE_NAMES = new WeakMap<object, Map<string, string>>();
function cachedName(w: Walk, key: string, build: () => string): string {
  // Keyed by the subnets section, which models compiled from the same base share (a NACL's node name depends only on it).
  let m = NODE_NAMES.get(w.model.subnets);
  if (!m) { m = new Map(); NODE_NAMES.set(w.model.subnets, m); }
  let v = m.get(key);
  if (v === undefined) { v = build(); m.set(key, v); }
  return v;
}
function naclNode(w: Walk, nacl: string, subnet: string): string {
  return cachedName(w, `nacl|${subnet}`, () => `${nacl} (${subnet})`);
}
function shownFormatter(w: Walk, term: Pkt['dport']): (set: PortSet | null) => string {
  return (set) => ports(shownPorts(w, term, set));
}
function naclRefMaker(nacl: string, dir: Dir): (n: number, text: string) => RuleRef {
  return (n, text) => ({ kind: 'nacl', id: `${nacl}/${dir}/${n >= 32767 ? '*' : n}`, text });
}

/** For a reply, say where it goes: the client's ephemeral port, not the service port (seed 000's forum question). */
function replyNote(w: Walk, term: Pkt['dport'], portsNow: PortSet | null): { ja: string; en: string } {
  if (w.cur.kind !== 'response' || term?.kind !== 'var') return { ja: '', en: '' };
  const p = ports(shownPorts(w, term, portsNow));
  return { ja: ` この応答の宛先ポートはサービスのポートではなく、クライアントの OS が選んだエフェメラルポート (${p}) です。`, en: ` This reply goes to the port the client's OS chose (ephemeral ports ${p}), not to the service port.` };
}

/** Is the connection untracked at this ENI (SG-3)? Only TCP/UDP; ICMP is always tracked. */
function untrackedBy(w: Walk, eni: Eni, dir: Dir, p: Pkt, requestRuleIsOpen: boolean): RuleRef | null {
  if (!requestRuleIsOpen || (p.proto !== 'tcp' && p.proto !== 'udp')) return null;
  const other = dir === 'inbound' ? 'outbound' : 'inbound';
  for (const g of eni.groups) {
    for (const r of w.model.sgs[g]?.[other] ?? []) {
      const isAllPorts = r.proto === -1 || (r.proto === PROTO[p.proto] && r.ports.length === 1 && r.ports[0]?.from === 0 && r.ports[0]?.to === 65535);
      if (isAllPorts && r.peer.kind === 'cidr' && r.peer.cidr.prefix === 0 && r.peer.cidr.family === p.src.family) return { kind: 'sg', id: `${g}/${other}/${r.index}`, text: r.text };
    }
  }
  return null;
}

/**
 * Each ENI's node name and each group's members (SG-13). Both depend only on the ENIs, so the index is keyed by the
 * ENI section, which models compiled from the same base share.
 */
type SgIndex = { node: Map<string, string>; members: (g: string) => IpAddress[] };
const SG_INDEX = new WeakMap<object, SgIndex>();
function sgIndex(w: Walk): SgIndex {
  const enis = w.model.enis;
  let ix = SG_INDEX.get(enis);
  if (!ix) {
    const memberCache = new Map<string, IpAddress[]>();
    ix = {
      node: new Map(),
      members: (g) => {
        let out = memberCache.get(g);
        if (!out) { out = []; for (const e of Object.values(enis)) if (e.groups.includes(g)) { out.push(e.ip); if (e.ipv6) out.push(e.ipv6); } memberCache.set(g, out); }
        return out;
      },
    };
    SG_INDEX.set(enis, ix);
  }
  return ix;
}

/** The union of the ENI's groups' rules in one direction (SG-8). */
function eniSgRules(w: Walk, eni: Eni, dir: Dir): readonly CompiledSgRule[] {
  if (eni.groups.length === 1) return w.model.sgs[eni.groups[0] as string]?.[dir] ?? [];
  return eni.groups.flatMap((g) => w.model.sgs[g]?.[dir] ?? []);
}

function sgMissingRef(eni: Eni, dir: Dir, p: Pkt, dports: PortSet | null, peer: IpAddress): RuleRef {
  return { kind: 'sg', id: `${eni.groups.join('+')}/${dir}/none`, text: `no ${dir} rule allows ${p.proto.toUpperCase()} ${ports(dports)} ${dir === 'inbound' ? 'from' : 'to'} ${peer.family === 4 ? 'this source' : 'this IPv6 peer'}` };
}

function sgDenyText(w: Walk, eni: Eni, dir: Dir, p: Pkt, dports: PortSet | null): () => Text {
  return () => {
    const shown = ports(shownPorts(w, p.dport, dports));
    return tx(
      `セキュリティグループ ${eni.groups.join(', ')} にこの通信 (${p.proto.toUpperCase()} ポート ${shown}) を許可する${dirJa(dir)}ルールがありません。セキュリティグループは許可ルールのみで、一致しない通信は拒否されます (SG-7)。`,
      `No ${dir} rule in security group ${eni.groups.join(', ')} allows this traffic (${p.proto.toUpperCase()} port ${shown}). Security groups have allow rules only; anything not allowed is denied (SG-7).`);
  };
}

function sgAllowText(w: Walk, dir: Dir, first: CompiledSgRule | undefined, state: 'untracked' | 'tracked' | null): () => Text {
  const isRequest = w.cur.kind === 'request';
  return () => state === 'untracked'
    ? tx(`この接続は追跡されていません (SG-3: 0.0.0.0/0 からの許可と全トラフィックを許可する逆方向ルール)。応答はルール ${first?.text ?? ''} で許可されます。`, `This connection is untracked (SG-3: allowed from anywhere and the other direction allows all traffic), so the reply is allowed by rule ${first?.text ?? ''}, not by tracking.`)
    : tx(`セキュリティグループ ${first?.group ?? ''} の${dirJa(dir)}ルール (${first?.text ?? ''}) が許可しました${isRequest ? '。接続が追跡され、応答は自動的に許可されます' : ''}。`, `Security group ${first?.group ?? ''} ${dir} rule (${first?.text ?? ''}) allows it${isRequest ? '; the connection is tracked so its replies are allowed (SG-1)' : ''}.`);
}

/** Security groups of `eni` (union of all groups, SG-8), with connection tracking (SG-1..3). */
export function sgStep(w: Walk, eni: Eni, dir: Dir, p: Pkt): boolean {
  if (eni.groups.length === 0) return true; // RT-6: a NAT gateway has no security group
  const ix = sgIndex(w);
  let node = ix.node.get(eni.name);
  if (node === undefined) { node = `${eni.groups.join(' + ')} (${eni.name})`; ix.node.set(eni.name, node); }
  const key = `sg|${eni.name}|${w.cur.conn}`;
  const state = w.sessions.has(key + '|untracked') ? 'untracked' : w.sessions.has(key) ? 'tracked' : null;
  if (w.cur.kind === 'response' && state === 'tracked') {
    record(w, node, 'security-group', 'MATCHED_SESSION', p, p, { rule: { kind: 'session', id: key, text: 'tracked connection' }, reason: 'SESSION_MATCHED' }, sessionText(dir));
    return true;
  }
  const peer = dir === 'inbound' ? p.src : p.dst;
  const rules = eniSgRules(w, eni, dir);
  const fp: { proto: number; peer: IpAddress; icmpType?: number } = { proto: PROTO[p.proto], peer };
  if (p.icmpType !== undefined) fp.icmpType = p.icmpType;
  const dportsNow = termPorts(w, p.dport);
  const res = evaluateSg(rules, fp, dportsNow, ix.members);
  if (!res.isAllowed) {
    const missing = sgMissingRef(eni, dir, p, dportsNow, peer);
    const sgText = sgDenyText(w, eni, dir, p, dportsNow);
    if (p.dport?.kind === 'var') {
      const seq = record(w, node, 'security-group', 'DENIED', p, p, { rule: missing, reason: 'ENI_SG_RULES_MISMATCH', denied: dportsNow ?? [] }, sgText);
      return narrow(w, p.dport.id, [], [{ ports: dportsNow ?? [], rule: missing, reason: 'ENI_SG_RULES_MISMATCH', node, component: 'security-group', step: seq, text: sgText }]);
    }
    return drop(w, node, 'security-group', 'DENIED', p, { rule: missing, reason: 'ENI_SG_RULES_MISMATCH' }, sgText);
  }
  const first = res.allowed[0]?.rule;
  const isOpen = first?.peer.kind === 'cidr' && first.peer.cidr.prefix === 0;
  const untracked = w.cur.kind === 'request' ? untrackedBy(w, eni, dir, p, isOpen) : null;
  const isPartial = res.denied !== null && !isEmpty(res.denied);
  const info: StepInfo = {};
  if (w.isExplained) {
    if (first) info.rule = { kind: 'sg', id: `${first.group}/${dir}/${first.index}`, text: first.text };
    if (state === 'untracked') info.reason = 'SG_UNTRACKED';
    if (isPartial) { info.passed = unionAll(res.allowed.map((a) => a.ports ?? [])); info.denied = res.denied ?? []; }
  }
  const seq = record(w, node, 'security-group', w.cur.kind === 'request' ? 'SETUP_SESSION' : 'PERMITTED', p, p, info, sgAllowText(w, dir, first, state));
  if (w.cur.kind === 'request') w.sessions.add(untracked ? key + '|untracked' : key);
  if (isPartial && p.dport?.kind === 'var') {
    const deniedPorts = res.denied ?? [];
    return narrow(w, p.dport.id, unionAll(res.allowed.map((a) => a.ports ?? [])), [{ ports: deniedPorts, rule: sgMissingRef(eni, dir, p, dportsNow, peer), reason: 'ENI_SG_RULES_MISMATCH', node, component: 'security-group', step: seq, text: sgPartialText(w, p.dport, deniedPorts) }]);
  }
  return true;
}

function sgPartialText(w: Walk, term: Pkt['dport'], denied: PortSet): () => Text {
  return () => { const d = ports(shownPorts(w, term, denied)); return tx(`セキュリティグループがポート ${d} を許可していません。`, `The security group does not allow ports ${d}.`); };
}

function sessionText(dir: Dir): () => Text {
  return () => tx(
    `セキュリティグループはステートフルです。この応答は追跡中の接続に属するため、${dirJa(dir)}ルールに関係なく許可されます (SG-1)。`,
    `Security groups are stateful: this reply belongs to a tracked connection, so it is allowed regardless of ${dir} rules (SG-1).`);
}

/** Host firewall (seed 002), stateful: replies to connections it has seen pass. */
export function firewallStep(w: Walk, eni: { name: string; firewall: Eni['firewall'] }, dir: Dir, p: Pkt): boolean {
  const fw = eni.firewall;
  if (!fw) return true;
  const node = `firewall (${eni.name})`;
  const key = `fw|${eni.name}|${w.cur.conn}`;
  if (w.cur.kind === 'response' && w.sessions.has(key)) {
    record(w, node, 'host-firewall', 'MATCHED_SESSION', p, p, { reason: 'SESSION_MATCHED' }, () => tx('ホストのファイアウォールは既存の接続への応答を許可しました。', 'The host firewall allows the reply to a connection it already saw.'));
    return true;
  }
  const local = dir === 'inbound' ? p.dport : p.sport;
  const remote = dir === 'inbound' ? p.sport : p.dport;
  const varSide = local?.kind === 'var' ? 'local' : remote?.kind === 'var' ? 'remote' : null;
  const varTerm = varSide === 'local' ? local : varSide === 'remote' ? remote : null;
  const res = evaluateHostFirewall(fw, dir, {
    proto: PROTO[p.proto], remote: dir === 'inbound' ? p.src : p.dst,
    localPort: local?.kind === 'fixed' ? local.port : null, remotePort: remote?.kind === 'fixed' ? remote.port : null,
  }, varSide, termPorts(w, varTerm));
  const ruleRef: RuleRef = { kind: 'firewall', id: `${eni.name}/${dir}/${res.ruleIndex}`, text: res.ruleIndex === 'default' ? `default ${dir} ${fw[dir]}` : `rule ${res.ruleIndex}` };
  // Captured now, formatted when a sentence is built (clipped to one OS's client ports when read per OS).
  const localNow = termPorts(w, local);
  const remoteNow = termPorts(w, remote);
  const lp = () => ports(shownPorts(w, local, localNow));
  const rp = () => ports(shownPorts(w, remote, remoteNow));
  if (!res.isAllowed && varTerm?.kind === 'var') {
    // Every value of the varying port is blocked: record it per port so the counterexample names one.
    const blockedText = () => tx(`${eni.name} のホストファイアウォールが${dirJa(dir)}通信 (ローカルポート ${lp()}、リモートポート ${rp()}) をブロックしました。`, `The host firewall on ${eni.name} blocks this ${dir} traffic (local port ${lp()}, remote port ${rp()}).`);
    const seq = record(w, node, 'host-firewall', 'DENIED', p, p, { rule: ruleRef, reason: 'HOST_FIREWALL_BLOCK' }, blockedText);
    return narrow(w, varTerm.id, [], [{ ports: termPorts(w, varTerm) ?? [], rule: ruleRef, reason: 'HOST_FIREWALL_BLOCK', node, component: 'host-firewall', step: seq, text: blockedText }]);
  }
  if (!res.isAllowed) {
    return drop(w, node, 'host-firewall', 'DENIED', p, { rule: ruleRef, reason: 'HOST_FIREWALL_BLOCK' }, () => tx(
      `${eni.name} のホストファイアウォールが${dirJa(dir)}通信 (ローカルポート ${lp()}、リモートポート ${rp()}) をブロックしました。`,
      `The host firewall on ${eni.name} blocks this ${dir} traffic (local port ${lp()}, remote port ${rp()}).`));
  }
  const seq = record(w, node, 'host-firewall', 'PERMITTED', p, p, { rule: ruleRef }, () => tx(
    `${eni.name} のホストファイアウォールが許可しました (ローカルポート ${lp()}、リモートポート ${rp()})。`, `The host firewall on ${eni.name} allows it (local port ${lp()}, remote port ${rp()}).`));
  w.sessions.add(key);
  if (varTerm?.kind === 'var' && res.blockedBy && !isEmpty(res.blockedBy)) {
    return narrow(w, varTerm.id, res.allowed ?? [], [{ ports: res.blockedBy, rule: ruleRef, reason: 'HOST_FIREWALL_BLOCK', node, component: 'host-firewall', step: seq, text: () => tx(`ホストファイアウォールがポート ${ports(shownPorts(w, varTerm, res.blockedBy))} をブロックします。`, `The host firewall blocks ports ${ports(shownPorts(w, varTerm, res.blockedBy))}.`) }]);
  }
  return true;
}

/** Does an endpoint listen on the packet's destination port? Narrows a variable port (FTP passive range). */
export function listenStep(w: Walk, name: string, listens: 'any' | { proto: string; ports: PortSet }[], p: Pkt): boolean {
  if (listens === 'any' || p.proto === 'icmp' || p.proto === 'icmpv6') return true;
  const set = unionAll(listens.filter((l) => l.proto === p.proto).map((l) => l.ports));
  const dp = termPorts(w, p.dport) ?? [];
  const ok = p.dport?.kind === 'fixed' ? hasPort(set, p.dport.port) : !isEmpty(dp);
  if (!ok || (p.dport?.kind === 'var' && isEmpty(intersect(dp, set)))) {
    return drop(w, name, 'instance', 'DENIED', p, { reason: 'NOT_LISTENING' }, () => tx(`${name} は ${p.proto.toUpperCase()} ポート ${ports(shownPorts(w, p.dport, dp))} で待ち受けていません。`, `${name} is not listening on ${p.proto.toUpperCase()} port ${ports(shownPorts(w, p.dport, dp))}.`));
  }
  if (p.dport?.kind === 'var') {
    const inter = intersect(dp, set);
    const rest = subtract(dp, set);
    if (!isEmpty(rest)) return narrow(w, p.dport.id, inter, [{ ports: rest, reason: 'NOT_LISTENING', node: name, component: 'instance', step: w.cur.count, text: () => tx(`${name} はポート ${ports(shownPorts(w, p.dport, rest))} で待ち受けていません。`, `${name} does not listen on ports ${ports(shownPorts(w, p.dport, rest))}.`) }]);
  }
  return true;
}

