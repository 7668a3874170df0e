/**
 * A flow through the home router (seed 004): from the internet to a LAN host over IPv4 (WAN address kind,
 * MAP-E port set, IP filters by priority, NAPT port forward or DMZ) or IPv6 (no NAT, stateful firewall
 * pinholes), and from a LAN host out (NAPT with a session for replies).
 */
import { ipFrom, type IpAddress } from '../core/address';
import { hasPort, portRange, type PortSet } from '../core/port-set';
import { PROTO } from '../core/rules';
import { ip, ports, portsBrief, tx } from '../core/text';
import { addVar, beginPacket, drop, endPacket, fixed, markArrived, record, termPorts, type Pkt, type Proto, type Walk } from '../core/walk-state';
import { firewallStep, listenStep } from '../aws/walk-filters';
import type { AppSpec } from '../core/apps';
import type { Model } from '../aws/model';
import type { Flow } from '../scenario/schema';
import type { HomeHost, HomeModel } from './model';

export function isHomeEndpoint(m: Model, name: string): boolean {
  return m.home !== null && m.home.hosts[name] !== undefined;
}

const ROUTER = 'home-router';
const AFTR = 'aftr';

export function runHomeFlow(w: Walk, flow: Flow, app: AppSpec, clientPorts: PortSet): void {
  const h = w.model.home;
  if (!h) return;
  const family = flow.family === 'ipv6' ? 6 : 4;
  const proto: Proto = app.kind === 'l4' ? app.proto : family === 6 ? 'icmpv6' : 'icmp';
  const port = app.kind === 'l4' ? app.port : app.kind === 'ftp' ? 21 : null;
  const lan = h.hosts[flow.to];
  const inet = w.model.internet[flow.from];
  if (lan && inet) return inbound(w, h, inet.name, family === 4 ? inet.ip : inet.ipv6 ?? inet.ip, lan, proto, port, clientPorts, family);
  const src = h.hosts[flow.from];
  const dst = w.model.internet[flow.to];
  if (src && dst) return outbound(w, h, src, family === 4 ? dst.ip : dst.ipv6 ?? dst.ip, dst.name, proto, port, clientPorts);
  if (src && lan) return withinLan(w, src, lan, proto, port, clientPorts, family);
}

/** Two hosts on the same LAN talk directly (switched, no NAT, no router filter): only host firewalls apply. */
function withinLan(w: Walk, src: HomeHost, dst: HomeHost, proto: Proto, port: number | null, clientPorts: PortSet, family: 4 | 6): void {
  const c = addVar(w, 'client-port', tx('クライアントのエフェメラルポート', 'client ephemeral port'), clientPorts);
  const a = family === 6 ? src.ipv6 : src.ip;
  const b = family === 6 ? dst.ipv6 : dst.ip;
  beginPacket(w, 'main', 'request');
  const label = tx(`${src.name} から ${dst.name} への接続 (同じ LAN)`, `${src.name} to ${dst.name} (same LAN)`);
  if (!a || !b) { drop(w, dst.name, 'instance', 'NO_ROUTE', { proto, src: src.ip, dst: dst.ip, sport: null, dport: null }, { reason: 'NO_PUBLIC_ADDRESS' }, () => tx('IPv6 アドレスがありません。', 'No IPv6 address.')); endPacket(w, label, 'NO_ROUTE'); return; }
  const p: Pkt = { proto, src: a, dst: b, sport: port === null ? null : c, dport: port === null ? null : fixed(port), ...(port === null ? { icmpType: family === 6 ? 128 : 8 } : {}) };
  record(w, src.name, 'instance', 'ORIGINATED', p, p, {}, () => tx(`${src.name} が同じ LAN の ${dst.name} ポート ${ports(termPorts(w, p.dport))} に直接接続します (ルーターを通りません)。`, `${src.name} connects directly to ${dst.name} port ${ports(termPorts(w, p.dport))} on the same LAN (the router is not involved).`));
  if (!firewallStep(w, src, 'outbound', p) || !lanDeliver(w, dst, p)) { endPacket(w, label, 'DENIED_IN'); return; }
  markArrived(w);
  endPacket(w, label, 'ACCEPTED');
  beginPacket(w, 'main', 'response');
  const r: Pkt = { ...p, src: b, dst: a, sport: p.dport, dport: p.sport, ...(p.icmpType !== undefined ? { icmpType: p.icmpType === 8 ? 0 : 129 } : {}) };
  record(w, dst.name, 'instance', 'ORIGINATED', r, r, {}, () => tx(`${dst.name} が応答します。`, `${dst.name} replies.`));
  const ok = firewallStep(w, dst, 'outbound', r) && firewallStep(w, src, 'inbound', r);
  if (ok) record(w, src.name, 'instance', 'ACCEPTED', r, r, {}, () => tx(`${src.name} が応答を受信しました。`, `${src.name} receives the reply.`));
  endPacket(w, tx('応答', 'reply'), ok ? 'ACCEPTED' : 'DENIED_IN');
}

function inbound(w: Walk, h: HomeModel, from: string, srcIp: IpAddress, lan: HomeHost, proto: Proto, port: number | null, clientPorts: PortSet, family: 4 | 6): void {
  const c = addVar(w, 'client-port', tx('クライアントのエフェメラルポート', 'client ephemeral port'), clientPorts);
  beginPacket(w, 'main', 'request');
  const label = tx(`${from} から ${lan.name} への接続`, `connection from ${from} to ${lan.name}`);
  // IPv4 goes to the router's WAN address; with DS-Lite to the AFTR's public address, the only IPv4 address the line has (H-5).
  const v4 = h.wanIp ?? h.aftrIp;
  const dstIp = family === 4 ? v4 ?? (ipFrom('0.0.0.0') as IpAddress) : lan.ipv6 ?? (ipFrom('::') as IpAddress);
  const noAddress = family === 4 ? v4 === null : lan.ipv6 === null;
  const p: Pkt = {
    proto, src: srcIp, dst: dstIp, sport: port === null ? null : c, dport: port === null ? null : fixed(port), ...(port === null ? { icmpType: family === 6 ? 128 : 8 } : {}),
    ...(noAddress ? { dstName: family === 4 ? `${ROUTER} (no WAN IPv4 address)` : `${lan.name} (no IPv6 address)` } : {}),
  };
  const done = (ok: boolean) => { endPacket(w, label, ok ? 'ACCEPTED' : 'DENIED_IN'); return ok; };
  record(w, from, 'internet', 'ORIGINATED', p, p, {}, () => tx(`${from} が ${ip(p.dst)} ポート ${ports(termPorts(w, p.dport))} に接続します。`, `${from} connects to ${ip(p.dst)} port ${ports(termPorts(w, p.dport))}.`));
  if (family === 6) {
    if (!lan.ipv6) { done(drop(w, lan.name, 'instance', 'NO_ROUTE', p, { reason: 'NO_PUBLIC_ADDRESS' }, () => tx(`${lan.name} に IPv6 アドレスがありません。`, `${lan.name} has no IPv6 address.`))); return; }
    // H-4: IPv6 needs no NAT; the router's stateful firewall drops unsolicited inbound traffic unless a pinhole allows it.
    const hole = h.pinholes.find((x) => x.host === lan.name && x.proto === PROTO[proto] && port !== null && hasPort(x.ports, port));
    if (h.ipv6Firewall && !hole) { done(drop(w, ROUTER, 'home-router', 'DENIED', p, { reason: 'HOME_IPV6_FIREWALL' }, () => tx('IPv6 では NAT はありませんが、ルーターのステートフルファイアウォールが外部から始まる通信を遮断します。ピンホール (IPv6 の通過許可) が必要です (H-4)。', 'IPv6 has no NAT, but the router\'s stateful firewall drops unsolicited inbound traffic: it needs a pinhole, not a port forward (H-4).'))); return; }
    record(w, ROUTER, 'home-router', 'PERMITTED', p, p, hole ? { rule: { kind: 'home-filter', id: `pinhole/${lan.name}`, text: `pinhole ${lan.name} ${proto} ${ports(hole.ports)}` } } : {}, () => tx('IPv6 ファイアウォールが通過を許可しました (NAT なし)。', 'The IPv6 firewall lets it through (no NAT).'));
    if (!lanDeliver(w, lan, p)) { done(false); return; }
    markArrived(w);
    done(true);
    return replyOut(w, lan, p, p, from);
  }
  if (h.access === 'ds-lite') {
    done(drop(w, AFTR, 'isp', 'DENIED', p, { reason: 'HOME_NO_IPV4' }, () => tx(
      `DS-Lite ではルーター (B4) は自分の IPv4 アドレスを持たず、NAT44 は ISP の AFTR (${ip(dstIp)}) が行います。AFTR には外部から始まる接続の変換がないため破棄され、ルーターではポート開放できません (H-5)。`,
      `With DS-Lite the router (the B4) has no IPv4 address of its own; the ISP's AFTR (${ip(dstIp)}) does the NAT44 and has no mapping for a connection started from outside, so it drops it: the router cannot forward ports (H-5).`)));
    return;
  }
  if (h.wanKind === 'none') { done(drop(w, 'isp', 'isp', 'NO_ROUTE', p, { reason: 'HOME_NO_IPV4' }, () => tx('ルーターに WAN 側の IPv4 アドレスがないため、IPv4 では宛先を指定できません。', 'The router has no WAN IPv4 address, so nothing can address it over IPv4.'))); return; }
  if (h.wanKind !== 'global') {
    done(drop(w, 'isp', 'isp', 'DENIED', p, { reason: 'HOME_CGNAT' }, () => tx(
      `ルーターの WAN アドレス ${ip(dstIp)} は${h.wanKind === 'shared' ? '共有アドレス (100.64.0.0/10, CGNAT)' : 'プライベートアドレス (RFC 1918)'}です。ISP 側でもう一度 NAT されるため、インターネットからの接続はルーターに届かず、ポート開放は機能しません (H-3)。`,
      `The router's WAN address ${ip(dstIp)} is ${h.wanKind === 'shared' ? 'shared address space (100.64.0.0/10, carrier-grade NAT)' : 'a private RFC 1918 address'}: the ISP NATs again, so connections from the internet never reach the router and port forwarding cannot work (H-3).`)));
    return;
  }
  if (port !== null && h.access === 'map-e' && !hasPort(h.wanPorts, port)) {
    done(drop(w, ROUTER, 'home-router', 'DENIED', p, { reason: 'HOME_PORT_OUTSIDE_PSID' }, () => tx(`MAP-E では共有 IPv4 アドレスのうち割り当てられたポート集合 (PSID) だけが使えます。ポート ${port} はこの回線の範囲外なので届きません (H-6)。`, `With MAP-E only the ports in this line's port set (PSID) of the shared IPv4 address are usable; port ${port} is outside it, so it never arrives (H-6).`)));
    return;
  }
  // Router IP filters, ascending priority, first match wins (seed 004). Replies matching a NAPT session are not filtered [INF].
  const f = h.filters.find((x) => x.direction === 'inbound' && (x.proto === -1 || x.proto === PROTO[proto]) && (port === null || hasPort(x.ports, port)));
  if (f && !f.isPass) { done(drop(w, ROUTER, 'home-router', 'DENIED', p, { reason: 'HOME_FILTER_DROP', rule: { kind: 'home-filter', id: `filter/${f.priority}`, text: f.text } }, () => tx(`IP フィルタ (優先順位 ${f.priority}: ${f.text}) が破棄しました。許可するフィルタはこれより小さい優先順位に置く必要があります。`, `IP filter ${f.priority} (${f.text}) drops it; a pass filter must come before it (lower priority number).`))); return; }
  if (f) record(w, ROUTER, 'home-router', 'PERMITTED', p, p, { rule: { kind: 'home-filter', id: `filter/${f.priority}`, text: f.text } }, () => tx(`IP フィルタ ${f.priority} が通過させました。`, `IP filter ${f.priority} passes it.`));
  const fwd = port === null ? undefined : h.forwards.find((x) => x.proto === PROTO[proto] && hasPort(x.wanPorts, port));
  const target = fwd ? h.hosts[fwd.host] : h.dmz ? h.hosts[h.dmz] : undefined;
  if (!target) { done(drop(w, ROUTER, 'home-router', 'DENIED', p, { reason: 'HOME_NO_MAPPING' }, () => tx('NAPT の変換表に一致するエントリがなく、DMZ ホストもないため破棄されます。NAPT は内側から始まった通信にしか変換を作りません (H-1, H-2)。', 'No NAPT mapping matches and there is no DMZ host, so the router drops it: NAPT creates mappings only for traffic started from inside (H-1, H-2).'))); return; }
  const newPort = fwd?.port ?? port;
  const inside: Pkt = { ...p, dst: target.ip, dport: newPort === null ? null : fixed(newPort) };
  record(w, ROUTER, 'home-router', 'TRANSFORMED', p, inside, { rule: fwd ? { kind: 'port-forward', id: `forward/${fwd.text}`, text: fwd.text } : { kind: 'dmz', id: `dmz/${target.name}`, text: `DMZ ${target.name}` } }, () => fwd
    ? tx(`ポートフォワーディング (${fwd.text}) で宛先を ${ip(target.ip)}:${newPort ?? ''} に変換します (H-2)。`, `Port forward ${fwd.text} rewrites the destination to ${ip(target.ip)}:${newPort ?? ''} (H-2).`)
    : tx(`一致する変換がないため、DMZ ホスト ${target.name} に転送します。DMZ ホストには応答以外のすべての受信パケットが届きます (H-2)。`, `No mapping matches, so the router sends it to the DMZ host ${target.name}, which receives every unsolicited inbound packet (H-2).`));
  if (!lanDeliver(w, target, inside)) { done(false); return; }
  markArrived(w);
  done(true);
  replyOut(w, target, inside, p, from);
}

function lanDeliver(w: Walk, host: HomeHost, p: Pkt): boolean {
  if (!firewallStep(w, host, 'inbound', p)) return false;
  if (!listenStep(w, host.name, host.listens, p)) return false;
  record(w, host.name, 'instance', 'ACCEPTED', p, p, {}, () => tx(`${host.name} が受信しました。`, `${host.name} receives it.`));
  return true;
}

/** The LAN host's reply: back through the router's session (un-NAT for IPv4). */
function replyOut(w: Walk, host: HomeHost, inside: Pkt, outside: Pkt, to: string): void {
  beginPacket(w, 'main', 'response');
  const r: Pkt = { ...inside, src: inside.dst, dst: inside.src, sport: inside.dport, dport: inside.sport, ...(inside.icmpType !== undefined ? { icmpType: inside.icmpType === 8 ? 0 : 129 } : {}) };
  record(w, host.name, 'instance', 'ORIGINATED', r, r, {}, () => tx(`${host.name} が応答します。`, `${host.name} replies.`));
  if (!firewallStep(w, host, 'outbound', r)) { endPacket(w, tx('応答', 'reply'), 'DENIED_OUT'); return; }
  const out: Pkt = { ...r, src: outside.dst, sport: outside.dport };
  record(w, ROUTER, 'home-router', 'MATCHED_SESSION', r, out, { reason: 'SESSION_MATCHED' }, () => tx('ルーターがセッションに一致した応答を元のアドレスとポートに戻して送ります。', 'The router matches the session and sends the reply back from its original address and port.'));
  record(w, to, 'internet', 'ACCEPTED', out, out, {}, () => tx(`${to} が応答を受信しました。`, `${to} receives the reply.`));
  endPacket(w, tx('応答', 'reply'), 'ACCEPTED');
}

function outbound(w: Walk, h: HomeModel, host: HomeHost, dstIp: IpAddress, dstName: string, proto: Proto, port: number | null, clientPorts: PortSet): void {
  const c = addVar(w, 'client-port', tx('クライアントのエフェメラルポート', 'client ephemeral port'), clientPorts);
  beginPacket(w, 'main', 'request');
  const src = dstIp.family === 4 ? host.ip : host.ipv6 ?? host.ip;
  const p: Pkt = { proto, src, dst: dstIp, sport: port === null ? null : c, dport: port === null ? null : fixed(port) };
  record(w, host.name, 'instance', 'ORIGINATED', p, p, {}, () => tx(`${host.name} が ${dstName} に接続します。`, `${host.name} connects to ${dstName}.`));
  if (!firewallStep(w, host, 'outbound', p)) { endPacket(w, tx('要求', 'request'), 'DENIED_OUT'); return; }
  const f = h.filters.find((x) => x.direction === 'outbound' && (x.proto === -1 || x.proto === PROTO[proto]) && (port === null || hasPort(x.ports, port)));
  if (f && !f.isPass) { drop(w, ROUTER, 'home-router', 'DENIED', p, { reason: 'HOME_FILTER_DROP', rule: { kind: 'home-filter', id: `filter/${f.priority}`, text: f.text } }, () => tx(`IP フィルタ ${f.priority} が破棄しました。`, `IP filter ${f.priority} drops it.`)); endPacket(w, tx('要求', 'request'), 'DENIED_OUT'); return; }
  let out = p;
  if (dstIp.family === 4 && h.access === 'ds-lite' && h.aftrIp) {
    // H-5: the B4 (this router) only tunnels IPv4 in IPv6 to the ISP's AFTR; the AFTR does the NAT44 to its public address.
    const aftrIp = h.aftrIp;
    record(w, ROUTER, 'home-router', 'FORWARDED', p, p, { rule: { kind: 'nat', id: 'ds-lite/b4', text: 'DS-Lite B4: IPv4-in-IPv6 tunnel to the AFTR' } }, () => tx(
      'DS-Lite: ルーター (B4) は NAT をせず、IPv4 パケットをそのまま IPv6 でカプセル化して ISP の AFTR にトンネルで送ります (H-5)。',
      'DS-Lite: the router (the B4) does no NAT; it encapsulates the IPv4 packet unchanged in IPv6 and tunnels it to the ISP\'s AFTR (H-5).'));
    const napt = port === null ? null : addVar(w, 'aftr-port', tx('AFTR の NAT44 ポート', 'AFTR NAT44 port'), portRange(1024, 65535));
    out = { ...p, src: aftrIp, sport: napt };
    record(w, AFTR, 'isp', 'TRANSFORMED', p, out, { rule: { kind: 'nat', id: 'aftr/nat44', text: `NAT44 ${ip(p.src)} -> ${ip(aftrIp)}:1024-65535` } }, () => tx(
      `ISP の AFTR がトンネルを終端し、NAT44 で送信元を ${ip(p.src)} から共有のパブリック IPv4 アドレス ${ip(aftrIp)} とポートに変換し、セッションを作成します (H-5)。`,
      `The ISP's AFTR ends the tunnel and, with NAT44, rewrites the source from ${ip(p.src)} to its shared public IPv4 address ${ip(aftrIp)} and a port, creating a session (H-5).`));
  } else if (dstIp.family === 4) {
    if (!h.wanIp) { drop(w, ROUTER, 'home-router', 'DENIED', p, { reason: 'HOME_NO_IPV4' }, () => tx('WAN 側の IPv4 アドレスがありません。', 'The router has no WAN IPv4 address.')); endPacket(w, tx('要求', 'request'), 'DENIED_OUT'); return; }
    const napt = port === null ? null : addVar(w, 'napt-port', tx('ルーターの NAPT ポート', 'router NAPT port'), h.wanPorts);
    out = { ...p, src: h.wanIp ?? p.src, sport: napt };
    record(w, ROUTER, 'home-router', 'TRANSFORMED', p, out, { rule: { kind: 'nat', id: 'napt', text: `NAPT -> ${h.wanIp ? ip(h.wanIp) : 'AFTR'} ports ${portsBrief(h.wanPorts)}` } }, () => tx(
      `NAPT が送信元を WAN アドレスとポート (${portsBrief(h.wanPorts)}) に変換し、セッションを作成します (H-1${h.access === 'map-e' ? ', MAP-E のポート集合 H-6' : ''})。`,
      `NAPT rewrites the source to the WAN address and a port from ${portsBrief(h.wanPorts)} and creates a session (H-1${h.access === 'map-e' ? '; MAP-E port set, H-6' : ''}).`));
  } else {
    record(w, ROUTER, 'home-router', 'SETUP_SESSION', p, p, {}, () => tx('IPv6 は NAT なしで送信され、応答のための状態が作られます (H-4)。', 'IPv6 leaves without NAT; the firewall keeps state for the reply (H-4).'));
  }
  record(w, dstName, 'internet', 'ACCEPTED', out, out, {}, () => tx(`${dstName} が受信しました。`, `${dstName} receives it.`));
  markArrived(w);
  endPacket(w, tx('要求', 'request'), 'ACCEPTED');
  beginPacket(w, 'main', 'response');
  const r: Pkt = { ...out, src: out.dst, dst: out.src, sport: out.dport, dport: out.sport };
  const back: Pkt = { ...r, dst: p.src, dport: p.sport };
  if (out !== p && h.access === 'ds-lite') {
    record(w, AFTR, 'isp', 'MATCHED_SESSION', r, back, { reason: 'SESSION_MATCHED' }, () => tx(
      `応答は AFTR のセッションに一致し、宛先が ${ip(p.src)} に戻され、トンネルでルーター (B4) に送られます (H-5)。`, `The reply matches the AFTR's session: its destination goes back to ${ip(p.src)} and it is tunnelled to the router (the B4) (H-5).`));
    record(w, ROUTER, 'home-router', 'FORWARDED', back, back, {}, () => tx('ルーターがトンネルから取り出して LAN のホストに送ります。', 'The router decapsulates the reply and sends it to the LAN host.'));
  } else {
    record(w, ROUTER, 'home-router', 'MATCHED_SESSION', r, back, { reason: 'SESSION_MATCHED' }, () => tx('応答はセッションに一致し、LAN のホストに戻されます。', 'The reply matches the session and goes back to the LAN host.'));
  }
  if (!firewallStep(w, host, 'inbound', back)) { endPacket(w, tx('応答', 'reply'), 'DENIED_IN'); return; }
  record(w, host.name, 'instance', 'ACCEPTED', back, back, {}, () => tx(`${host.name} が応答を受信しました。`, `${host.name} receives the reply.`));
  endPacket(w, tx('応答', 'reply'), 'ACCEPTED');
}
