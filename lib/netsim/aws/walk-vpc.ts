/**
 * Hop-by-hop forwarding inside and out of the VPC: route tables (RT-1..3, RT-9), NACLs at subnet
 * boundaries only (NACL-6, RT-7), the internet gateway's 1:1 NAT (RT-4, RT-5), the NAT gateway's source
 * NAT with no inbound-initiated traffic (RT-6), the egress-only gateway (RT-8).
 */
import { isPrivateV4 } from '../core/cidr';
import { lookupRoute } from '../core/route-table';
import { portRange } from '../core/port-set';
import { ip, ports, tx } from '../core/text';
import { addVar, drop, record, termPorts, type NatEntry, type Pkt, type Walk } from '../core/walk-state';
import { firewallStep, listenStep, naclStep, sgStep } from './walk-filters';
import type { Eni, InternetHost } from './model';
import type { IpAddress } from '../core/address';
import type { RuleRef, Text } from '../core/trace';

export type Arrival = { at: { kind: 'eni'; eni: Eni } | { kind: 'internet'; host: InternetHost }; pkt: Pkt } | null;

const same = (a: IpAddress, b: IpAddress) => a.family === b.family && a.value === b.value;

/** ENIs by address, built once per model. */
type AddressIndex = { priv: Map<bigint, Eni>; priv6: Map<bigint, Eni>; pub: Map<bigint, Eni> };
const ADDRESS_INDEX = new WeakMap<object, AddressIndex>();
function addressIndex(w: Walk): AddressIndex {
  let ix = ADDRESS_INDEX.get(w.model.enis); // the ENI section is shared by models compiled from the same base
  if (!ix) {
    ix = { priv: new Map(), priv6: new Map(), pub: new Map() };
    // First match wins, as Array.find did: insert in order, never overwrite.
    for (const e of Object.values(w.model.enis)) {
      const put = (m: Map<bigint, Eni>, a: IpAddress | null) => { if (a && !m.has(a.value)) m.set(a.value, e); };
      if (e.ip.family === 4) put(ix.priv, e.ip); else put(ix.priv6, e.ip);
      if (e.ipv6) put(e.ipv6.family === 6 ? ix.priv6 : ix.priv, e.ipv6);
      if (e.publicIp?.family === 4) put(ix.pub, e.publicIp);
    }
    ADDRESS_INDEX.set(w.model.enis, ix);
  }
  return ix;
}

export function eniByPrivateIp(w: Walk, a: IpAddress): Eni | undefined {
  const ix = addressIndex(w);
  return (a.family === 4 ? ix.priv : ix.priv6).get(a.value);
}

function eniByPublicIp(w: Walk, a: IpAddress): Eni | undefined {
  return a.family === 4 ? addressIndex(w).pub.get(a.value) : Object.values(w.model.enis).find((e) => e.publicIp !== null && same(e.publicIp, a));
}

/** The route's rule reference, built once per compiled route. */
const ROUTE_REFS = new WeakMap<object, RuleRef>();
function routeRef(table: string, route: { text: string }): RuleRef {
  let r = ROUTE_REFS.get(route);
  if (!r || !r.id.startsWith(`${table}/`)) { r = { kind: 'route', id: `${table}/${route.text.split(' ')[0] ?? ''}`, text: route.text }; ROUTE_REFS.set(route, r); }
  return r;
}

/** A packet originated by (or replied from) an ENI: host firewall, SG egress, then routing. */
export function sendFromEni(w: Walk, eni: Eni, p: Pkt): Arrival {
  record(w, eni.name, eni.kind === 'lb' ? 'load-balancer' : 'instance', 'ORIGINATED', p, p, {}, () => tx(
    `${eni.name} がパケットを送信します (${p.proto.toUpperCase()} ${ip(p.src)}:${ports(termPorts(w, p.sport))} → ${ip(p.dst)}:${ports(termPorts(w, p.dport))})。`,
    `${eni.name} sends the packet (${p.proto.toUpperCase()} ${ip(p.src)}:${ports(termPorts(w, p.sport))} → ${ip(p.dst)}:${ports(termPorts(w, p.dport))}).`));
  if (!firewallStep(w, eni, 'outbound', p)) return null;
  if (!sgStep(w, eni, 'outbound', p)) return null;
  return forwardFromSubnet(w, eni.subnet, p);
}

/** Batfish LOOP: the packet comes back to a route table it already left with the same addresses. */
function loopDrop(w: Walk, node: string, p: Pkt, rref: RuleRef | undefined, text: () => Text): null {
  drop(w, node, 'route-table', 'LOOP', p, rref ? { rule: rref } : {}, text);
  return null;
}

/** The VPC router: the route table of the subnet the packet is leaving. */
export function forwardFromSubnet(w: Walk, subnet: string, p: Pkt): Arrival {
  const sub = w.model.subnets[subnet];
  if (!sub) return null;
  const tableNode = `${sub.table} (${subnet})`;
  if (w.cur.count > 64) {
    // Backstop for any forwarding cycle the hop check below does not see (e.g. addresses rewritten on every pass).
    return loopDrop(w, tableNode, p, undefined, () => tx('パケットの経路がループしています。', 'The packet loops: it keeps being forwarded without reaching a destination.'));
  }
  const route = lookupRoute(w.model.tables[sub.table] ?? [], p.dst);
  if (!route) {
    drop(w, tableNode, 'route-table', 'NO_ROUTE', p, { reason: 'NO_ROUTE_TO_DESTINATION' }, () => tx(
      `ルートテーブル ${sub.table} に ${ip(p.dst)} へのルートがありません${p.dst.family === 6 ? ' (IPv6 には ::/0 のルートが別に必要です)' : ''}。`,
      `Route table ${sub.table} has no route to ${ip(p.dst)}${p.dst.family === 6 ? ' (IPv6 needs its own ::/0 route, RT-1)' : ''} (RT-1).`));
    return null;
  }
  const rref = routeRef(sub.table, route);
  // The same packet (same addresses) leaving the same subnet a second time: a routing loop (Batfish LOOP).
  const hops = w.cur.hops ?? (w.cur.hops = []);
  if (hops.some((h) => h.subnet === subnet && same(h.src, p.src) && same(h.dst, p.dst))) {
    return loopDrop(w, tableNode, p, rref, () => tx(
      `ルーティングがループしています: ルート ${route.text} によりパケットが同じルートテーブル ${sub.table} に戻ってきます。`,
      `Routing loop: route ${route.text} brings the packet back to route table ${sub.table}, which already forwarded it (RT-1).`));
  }
  hops.push({ subnet, src: p.src, dst: p.dst });
  if (route.blackhole) {
    drop(w, tableNode, 'route-table', 'NULL_ROUTED', p, { rule: rref, reason: 'BAD_STATE_ROUTE' }, () => tx(
      `ルート ${route.text} のターゲットが存在しないため (blackhole)、パケットは破棄されます。`, `Route ${route.text} is a blackhole (its target no longer exists), so the packet is dropped (RT-9).`));
    return null;
  }
  if (route.kind === 'eni') {
    const inst = w.model.enis[route.via];
    if (inst && inst.subnet === subnet && same(p.src, inst.ip)) {
      // An instance's own (e.g. NAT instance's translated) packet routed back to its own network interface: a loop.
      return loopDrop(w, tableNode, p, rref, () => tx(
        `ルーティングがループしています: ${inst.name} のサブネットのルートテーブルが、${inst.name} 自身が送るパケットを ${inst.name} に戻しています。NAT インスタンスはインターネットゲートウェイへのルートがあるパブリックサブネットに置く必要があります (RT-10)。`,
        `Routing loop: the route table of ${inst.name}'s own subnet sends the packets ${inst.name} forwards back to ${inst.name}. A NAT instance must sit in a public subnet with a route to the internet gateway (RT-10).`));
    }
  }
  if (route.kind === 'nat') {
    const nat = w.model.enis[route.via];
    if (nat && nat.subnet === subnet && same(p.src, nat.ip)) {
      // The NAT gateway's own translated packet is routed back to it (its subnet routes 0.0.0.0/0 to it): a loop.
      return loopDrop(w, tableNode, p, rref, () => tx(
        `ルーティングがループしています: NAT ゲートウェイ ${nat.name} のサブネットのルートテーブルが 0.0.0.0/0 を自分自身に向けています。NAT ゲートウェイはインターネットゲートウェイへのルートがあるパブリックサブネットに置く必要があります (RT-6)。`,
        `Routing loop: the route table of NAT gateway ${nat.name}'s own subnet sends its traffic back to it. A NAT gateway must sit in a public subnet with a route to the internet gateway (RT-6).`));
    }
  }
  record(w, tableNode, 'route-table', 'FORWARDED', p, p, { rule: rref }, () => tx(
    `ルートテーブル ${sub.table} で最も長く一致するルート ${route.text} により転送します。`, `Route table ${sub.table}: the most specific match is ${route.text} (RT-1).`));
  if (route.kind === 'local') {
    const dest = eniByPrivateIp(w, p.dst);
    if (!dest) {
      drop(w, tableNode, 'route-table', 'NO_ROUTE', p, { reason: 'NO_ROUTE_TO_DESTINATION' }, () => tx(`VPC 内に ${ip(p.dst)} を持つネットワークインターフェイスがありません。`, `No network interface in the VPC has address ${ip(p.dst)}.`));
      return null;
    }
    if (dest.subnet === subnet) {
      record(w, `${subnet}`, 'network-acl', 'FORWARDED', p, p, { reason: 'SAME_SUBNET_NO_NACL' }, () => tx(
        `同じサブネット内の通信なので、ネットワーク ACL は評価されません (NACL-6)。`, `Both ends are in subnet ${subnet}: network ACLs are not evaluated within a subnet (NACL-6).`));
    } else {
      if (!naclStep(w, subnet, 'outbound', p)) return null;
      if (!naclStep(w, dest.subnet, 'inbound', p)) return null;
    }
    return arriveAtEni(w, dest, p);
  }
  if (route.kind === 'igw' || route.kind === 'eigw') {
    if (!naclStep(w, subnet, 'outbound', p)) return null;
    return route.kind === 'igw' ? igwOut(w, route.via, p) : eigwOut(w, route.via, p);
  }
  if (route.kind === 'nat') {
    const nat = w.model.enis[route.via];
    if (!nat) return null;
    if (nat.subnet !== subnet) {
      // RT-7: both subnets' NACLs; within the NAT gateway's own subnet no NACL applies (NACL-6).
      if (!naclStep(w, subnet, 'outbound', p)) return null;
      if (!naclStep(w, nat.subnet, 'inbound', p)) return null;
    }
    return natOut(w, nat, p);
  }
  // Route to an instance's network interface (RT-2 middlebox routing): delivered to that instance, which must forward.
  const eni = w.model.enis[route.via];
  if (!eni) return null;
  if (eni.subnet !== subnet) {
    if (!naclStep(w, subnet, 'outbound', p)) return null;
    if (!naclStep(w, eni.subnet, 'inbound', p)) return null;
  }
  if (eni.kind === 'host' && !eni.sourceDestCheck) return natInstanceOut(w, eni, p);
  drop(w, eni.name, 'instance', 'DENIED', p, { reason: 'NO_ROUTE_TO_DESTINATION' }, () => tx(
    `${eni.name} 宛てではないパケットです。送信元/送信先チェックが有効 (既定) なインスタンスは自分宛て以外のパケットを破棄します。NAT インスタンスではこのチェックを無効にする必要があります (RT-10)。`,
    `The packet is not addressed to ${eni.name}; with the source/destination check on (the default), an instance drops traffic that is not addressed to it. A NAT instance needs the check disabled (RT-10).`));
  return null;
}

/**
 * NAT instance, outbound (RT-10): an instance with the source/destination check disabled receives traffic routed to its
 * network interface. Unlike a NAT gateway (RT-6) its security groups filter that traffic, in and out. It source-NATs to
 * its own private address (iptables MASQUERADE), keeping the source port [INF: netfilter alters it only on a clash],
 * and forwards by its own subnet's route table (to the internet gateway, which maps it to its public IP, RT-5).
 */
function natInstanceOut(w: Walk, inst: Eni, p: Pkt): Arrival {
  if (w.cur.kind === 'response') {
    drop(w, inst.name, 'instance', 'DENIED', p, { reason: 'NAT_NO_SESSION' }, () => tx(
      `この応答は NAT インスタンス ${inst.name} を経由して始まった接続のものではないため、変換できません。`,
      `This reply belongs to no connection that started through NAT instance ${inst.name}, so it has no translation to use.`));
    return null;
  }
  if (p.src.family !== 4) {
    drop(w, inst.name, 'instance', 'DENIED', p, { reason: 'NAT_PROTOCOL_UNSUPPORTED' }, () => tx('NAT インスタンスが変換するのは IPv4 だけです。', 'A NAT instance translates IPv4 only.'));
    return null;
  }
  if (!sgStep(w, inst, 'inbound', p)) return null;
  const out: Pkt = { ...p, src: inst.ip };
  w.nat.set(w.cur.conn, { nat: inst.name, origSrc: p.src, origSport: p.sport, natIp: inst.ip, natSport: p.sport });
  record(w, inst.name, 'instance', 'TRANSFORMED', p, out, w.isExplained ? { rule: { kind: 'nat', id: `${inst.name}/snat`, text: `SNAT ${ip(p.src)} -> ${ip(inst.ip)}` } } : {}, () => tx(
    `NAT インスタンス ${inst.name} (送信元/送信先チェック無効) が転送し、送信元を ${ip(p.src)} から自身のアドレス ${ip(inst.ip)} に変換します (RT-10)。`,
    `NAT instance ${inst.name} (source/destination check disabled) forwards the packet and rewrites its source from ${ip(p.src)} to its own address ${ip(inst.ip)} (RT-10).`));
  if (!sgStep(w, inst, 'outbound', out)) return null;
  return forwardFromSubnet(w, inst.subnet, out);
}

/** NAT instance, the reply: translated back to the original client and forwarded (its security groups track the connection, SG-1). */
function natInstanceBack(w: Walk, inst: Eni, p: Pkt, entry: NatEntry): Arrival {
  if (!sgStep(w, inst, 'inbound', p)) return null;
  const back: Pkt = { ...p, dst: entry.origSrc, dport: entry.origSport };
  record(w, inst.name, 'instance', 'TRANSFORMED', p, back, { rule: { kind: 'session', id: `${inst.name}/${w.cur.conn}`, text: 'NAT session' }, reason: 'SESSION_MATCHED' }, () => tx(
    `NAT インスタンス ${inst.name} が応答の宛先を ${ip(entry.origSrc)} に戻して転送します。`, `NAT instance ${inst.name} translates the reply's destination back to ${ip(entry.origSrc)} and forwards it.`));
  if (!sgStep(w, inst, 'outbound', back)) return null;
  return forwardFromSubnet(w, inst.subnet, back);
}

function igwOut(w: Walk, igw: string, p: Pkt): Arrival {
  let out = p;
  if (p.src.family === 4) {
    const owner = eniByPrivateIp(w, p.src);
    if (!owner?.publicIp) {
      drop(w, igw, 'internet-gateway', 'DENIED', p, { reason: 'NO_PUBLIC_ADDRESS' }, () => tx(
        `送信元 ${ip(p.src)} にパブリック IP / Elastic IP がないため、インターネットゲートウェイは変換できず通信できません (RT-4, RT-5)。`,
        `Source ${ip(p.src)} has no public or Elastic IP, so the internet gateway cannot translate it and the packet cannot reach the internet (RT-4, RT-5).`));
      return null;
    }
    out = { ...p, src: owner.publicIp };
    record(w, igw, 'internet-gateway', 'TRANSFORMED', p, out, w.isExplained ? { rule: { kind: 'nat', id: `${igw}/1:1`, text: `${ip(p.src)} <-> ${ip(owner.publicIp)}` } } : {}, () => tx(
      `インターネットゲートウェイが送信元 ${ip(p.src)} を ${owner.name} のパブリック IP ${ip(owner.publicIp as IpAddress)} に 1 対 1 で変換します (RT-5)。`,
      `The internet gateway translates source ${ip(p.src)} to ${owner.name}'s public IP ${ip(owner.publicIp as IpAddress)} (one-to-one NAT, RT-5).`));
  } else {
    record(w, igw, 'internet-gateway', 'FORWARDED', p, p, {}, () => tx('IPv6 は変換されずにインターネットゲートウェイを通過します (RT-5)。', 'IPv6 passes the internet gateway untranslated (RT-5).'));
  }
  return toInternet(w, out);
}

function eigwOut(w: Walk, eigw: string, p: Pkt): Arrival {
  if (w.cur.kind === 'request') w.sessions.add(`eigw|${w.cur.conn}`);
  record(w, eigw, 'egress-only-internet-gateway', w.cur.kind === 'request' ? 'SETUP_SESSION' : 'FORWARDED', p, p, {}, () => tx(
    'Egress-only インターネットゲートウェイが IPv6 の送信を通し、応答のために状態を保持します (RT-8)。', 'The egress-only internet gateway forwards the outbound IPv6 packet and keeps state for the replies (RT-8).'));
  return toInternet(w, p);
}

/** NAT gateway, outbound: source NAT to its own address with a port from 1024-65535 (RT-6). */
function natOut(w: Walk, nat: Eni, p: Pkt): Arrival {
  if (w.cur.kind === 'response') {
    drop(w, nat.name, 'nat-gateway', 'DENIED', p, { reason: 'NAT_NO_SESSION' }, () => tx(
      `この応答は NAT ゲートウェイを経由して始まった接続のものではありません。NAT ゲートウェイ経由では外部から開始された接続に応答できません (RT-6)。`,
      `This reply does not belong to a connection that started through the NAT gateway; a NAT gateway cannot carry replies to inbound-initiated connections (RT-6).`));
    return null;
  }
  if (p.src.family !== 4) {
    drop(w, nat.name, 'nat-gateway', 'DENIED', p, { reason: 'NAT_PROTOCOL_UNSUPPORTED' }, () => tx('NAT ゲートウェイは IPv4 専用です。IPv6 には Egress-only インターネットゲートウェイを使います (RT-8)。', 'A NAT gateway handles IPv4 only; use an egress-only internet gateway for IPv6 (RT-8).'));
    return null;
  }
  const natVar = `nat-port:${w.cur.conn}`;
  const sport = p.proto === 'tcp' || p.proto === 'udp'
    ? addVar(w, natVar, tx(`NAT ゲートウェイの送信元ポート (${w.cur.conn})`, `NAT gateway source port (${w.cur.conn})`), portRange(1024, 65535))
    : p.sport;
  const out: Pkt = { ...p, src: nat.ip, sport };
  w.nat.set(w.cur.conn, { nat: nat.name, origSrc: p.src, origSport: p.sport, natIp: nat.ip, natSport: sport });
  record(w, nat.name, 'nat-gateway', 'TRANSFORMED', p, out, w.isExplained ? { rule: { kind: 'nat', id: `${nat.name}/snat`, text: `SNAT ${ip(p.src)} -> ${ip(nat.ip)}:1024-65535` } } : {}, () => tx(
    `NAT ゲートウェイが送信元を ${ip(p.src)} から自身のアドレス ${ip(nat.ip)} に変換し、送信元ポートを 1024-65535 から選びます。応答のためにセッションを作成します (RT-6)。`,
    `The NAT gateway rewrites the source from ${ip(p.src)} to its own address ${ip(nat.ip)} with a source port from 1024-65535, and creates a session for the replies (RT-6).`));
  return forwardFromSubnet(w, nat.subnet, out);
}

/** Leaves AWS toward the internet. */
function toInternet(w: Walk, p: Pkt): Arrival {
  if (p.dst.family === 4 && isPrivateV4(p.dst)) {
    drop(w, 'internet', 'internet', 'DENIED', p, { reason: 'PRIVATE_ADDRESS_ON_INTERNET' }, () => tx(
      `宛先 ${ip(p.dst)} はプライベートアドレスで、インターネット上ではルーティングできません。`, `Destination ${ip(p.dst)} is a private address, which is not routable on the internet.`));
    return null;
  }
  if (p.dst.family === 4 ? eniByPublicIp(w, p.dst) : Object.values(w.model.enis).some((e) => e.ipv6 !== null && same(e.ipv6, p.dst))) {
    // Addressed to a public IP of this VPC: the packet goes out through the gateway and comes back in [INF].
    record(w, 'internet', 'internet', 'FORWARDED', p, p, {}, () => tx(`宛先 ${ip(p.dst)} はこの VPC のパブリックアドレスなので、インターネットゲートウェイ経由で戻ってきます。`, `Destination ${ip(p.dst)} is a public address of this VPC, so the packet comes back in through the internet gateway.`));
    return enterFromInternet(w, p);
  }
  const host = Object.values(w.model.internet).find((h) => same(h.ip, p.dst) || (h.ipv6 !== null && same(h.ipv6, p.dst)));
  const target: InternetHost = host ?? { name: ip(p.dst), ip: p.dst, ipv6: null, os: [], listens: 'any', ftp: null };
  record(w, 'internet', 'internet', 'EXITS_NETWORK', p, p, {}, () => tx(`パケットがインターネットに出て ${target.name} に届きます。`, `The packet leaves the VPC and reaches ${target.name} on the internet.`));
  if (w.cur.kind === 'request' && !listenStep(w, target.name, target.listens, p)) return null;
  record(w, target.name, 'internet', 'ACCEPTED', p, p, {}, () => tx(`${target.name} が受信しました。`, `${target.name} receives it.`));
  return { at: { kind: 'internet', host: target }, pkt: p };
}

/** A packet sent by a host on the internet toward an address of the VPC. */
export function sendFromInternet(w: Walk, host: InternetHost, p: Pkt): Arrival {
  record(w, host.name, 'internet', 'ORIGINATED', p, p, {}, () => tx(
    `${host.name} がパケットを送信します (${p.proto.toUpperCase()} ${ip(p.src)}:${ports(termPorts(w, p.sport))} → ${ip(p.dst)}:${ports(termPorts(w, p.dport))})。`,
    `${host.name} sends the packet (${p.proto.toUpperCase()} ${ip(p.src)}:${ports(termPorts(w, p.sport))} → ${ip(p.dst)}:${ports(termPorts(w, p.dport))}).`));
  return enterFromInternet(w, p);
}

/** A packet arriving from the internet at the VPC's gateways. */
function enterFromInternet(w: Walk, p: Pkt): Arrival {
  if (p.dst.family === 4 && isPrivateV4(p.dst)) {
    drop(w, 'internet', 'internet', 'DENIED', p, { reason: 'PRIVATE_ADDRESS_ON_INTERNET' }, () => tx(
      `宛先 ${ip(p.dst)} はプライベートアドレスで、インターネットからは届きません。`, `Destination ${ip(p.dst)} is a private address: it cannot be reached from the internet.`));
    return null;
  }
  const target = p.dst.family === 4 ? eniByPublicIp(w, p.dst) : eniByPrivateIp(w, p.dst);
  if (!target) {
    drop(w, 'internet', 'internet', 'NO_ROUTE', p, { reason: 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS' }, () => tx(
      `${ip(p.dst)} はこの VPC のどのリソースにも関連付けられていません (パブリック IP がありません)。`, `${ip(p.dst)} is not associated with any resource in this VPC (no public IP association).`));
    return null;
  }
  const sub = w.model.subnets[target.subnet];
  if (p.dst.family === 6 && sub) {
    // Inbound IPv6 enters through the gateway the subnet uses toward the sender [INF]: an EIGW admits replies only (RT-8).
    const back = lookupRoute(w.model.tables[sub.table] ?? [], p.src);
    if (back?.kind === 'eigw') {
      if (!w.sessions.has(`eigw|${w.cur.conn}`)) {
        drop(w, back.via, 'egress-only-internet-gateway', 'DENIED', p, { reason: 'EIGW_NO_SESSION' }, () => tx(
          'Egress-only インターネットゲートウェイはインターネットから開始された IPv6 接続を通しません (RT-8)。', 'The egress-only internet gateway does not let the internet initiate IPv6 connections (RT-8).'));
        return null;
      }
      record(w, back.via, 'egress-only-internet-gateway', 'MATCHED_SESSION', p, p, { reason: 'SESSION_MATCHED' }, () => tx('送信済みの接続への応答なので通過します (RT-8)。', 'A reply to an outbound connection: allowed (RT-8).'));
      if (!naclStep(w, target.subnet, 'inbound', p)) return null;
      return arriveAtEni(w, target, p);
    }
  }
  const igw = w.model.igw;
  if (!igw) {
    drop(w, 'vpc', 'internet-gateway', 'NO_ROUTE', p, { reason: 'NO_IGW_ATTACHED' }, () => tx('VPC にインターネットゲートウェイがアタッチされていません。', 'No internet gateway is attached to the VPC.'));
    return null;
  }
  let inside = p;
  if (p.dst.family === 4) {
    inside = { ...p, dst: target.ip };
    record(w, igw, 'internet-gateway', 'TRANSFORMED', p, inside, w.isExplained ? { rule: { kind: 'nat', id: `${igw}/1:1`, text: `${ip(p.dst)} <-> ${ip(target.ip)}` } } : {}, () => tx(
      `インターネットゲートウェイが宛先のパブリック IP ${ip(p.dst)} を ${target.name} のプライベート IP ${ip(target.ip)} に変換します (RT-5)。`,
      `The internet gateway translates destination public IP ${ip(p.dst)} to ${target.name}'s private IP ${ip(target.ip)} (RT-5).`));
  } else {
    record(w, igw, 'internet-gateway', 'FORWARDED', p, p, {}, () => tx('IPv6 は変換されずにインターネットゲートウェイを通過します。', 'IPv6 passes the internet gateway untranslated (RT-5).'));
  }
  if (!naclStep(w, target.subnet, 'inbound', p.dst.family === 4 ? inside : p)) return null;
  if (target.kind === 'nat') return natIn(w, target, inside);
  return arriveAtEni(w, target, inside);
}

/** NAT gateway, inbound: only replies matching a session are translated back (RT-6, no port forwarding). */
function natIn(w: Walk, nat: Eni, p: Pkt): Arrival {
  const entry = w.nat.get(w.cur.conn);
  if (w.cur.kind !== 'response' || !entry || entry.nat !== nat.name) {
    drop(w, nat.name, 'nat-gateway', 'DENIED', p, { reason: 'NAT_NO_SESSION' }, () => tx(
      'NAT ゲートウェイに一致するセッションがありません。NAT ゲートウェイは外部から開始された接続を受け付けず、ポートフォワーディングもできません (RT-6)。',
      'The packet matches no NAT session: a NAT gateway accepts no connection initiated from outside and does not support port forwarding (RT-6).'));
    return null;
  }
  const back: Pkt = { ...p, dst: entry.origSrc, dport: entry.origSport };
  record(w, nat.name, 'nat-gateway', 'MATCHED_SESSION', p, back, { rule: { kind: 'session', id: `${nat.name}/${w.cur.conn}`, text: 'NAT session' }, reason: 'SESSION_MATCHED' }, () => tx(
    `NAT ゲートウェイがセッションに一致した応答の宛先を ${ip(entry.origSrc)} に戻します。`, `The NAT gateway matches the session and translates the destination back to ${ip(entry.origSrc)}.`));
  return forwardFromSubnet(w, nat.subnet, back);
}

/** Delivery to an ENI: SG ingress, host firewall, then the service (or the NAT gateway for replies). */
export function arriveAtEni(w: Walk, eni: Eni, p: Pkt): Arrival {
  if (eni.kind === 'nat') return natIn(w, eni, p);
  if (w.cur.kind === 'response' && !eni.sourceDestCheck) {
    const entry = w.nat.get(w.cur.conn);
    if (entry?.nat === eni.name) return natInstanceBack(w, eni, p, entry);
  }
  if (!sgStep(w, eni, 'inbound', p)) return null;
  if (!firewallStep(w, eni, 'inbound', p)) return null;
  if (w.cur.kind === 'request' && !listenStep(w, eni.name, eni.listens, p)) return null;
  record(w, eni.name, eni.kind === 'lb' ? 'load-balancer' : 'instance', 'ACCEPTED', p, p, {}, () => tx(`${eni.name} が受信しました。`, `${eni.name} receives it.`));
  return { at: { kind: 'eni', eni }, pkt: p };
}
