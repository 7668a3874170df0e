/**
 * Runs one flow (all its connections: request and response, FTP control and data, LB front and back)
 * as a symbolic walk, then reads the per-OS verdict off the surviving port sets.
 */
import { ipFrom, type IpAddress } from './address';
import { appFrom, type AppSpec } from './apps';
import { isPrivateV4 } from './cidr';
import { OS_TABLE } from './operating-systems';
import { firstPort, hasPort, intersect, isEmpty, portRange, portSetEquals, subtract, type PortSet } from './port-set';
import { ip, ports, tx } from './text';
import { addVar, beginPacket, drop, endPacket, fixed, newWalk, record, textOf, type Pkt, type PortTerm, type Proto, type Walk } from './walk-state';
import { arriveAtEni, sendFromEni, sendFromInternet, type Arrival } from './walk-vpc';
import type { Eni, InternetHost, Model } from './model';
import type { Flow, OsId } from './schema';
import type { Counterexample, FlowResult, FlowVerdict, PacketTrace, PortVariable, Text } from './trace';
import { runHomeFlow, isHomeEndpoint } from './home/home-flow';
import { AWS_SERVICES } from './validate';

export type Endpoint = { kind: 'eni'; eni: Eni } | { kind: 'internet'; host: InternetHost };
export type FlowRun = { walk: Walk; clientVars: string[] };

export function endpointOf(m: Model, name: string): Endpoint | null {
  const eni = m.enis[name];
  if (eni) return { kind: 'eni', eni };
  const host = m.internet[name];
  if (host) return { kind: 'internet', host };
  const literal = ipFrom(name);
  if (literal) return { kind: 'internet', host: { name, ip: literal, ipv6: literal.family === 6 ? literal : null, os: [], listens: 'any', ftp: null } };
  return null;
}

function ownAddress(e: Endpoint, family: 4 | 6): IpAddress | null {
  if (e.kind === 'eni') return family === 4 ? e.eni.ip : e.eni.ipv6;
  return family === 4 ? (e.host.ip.family === 4 ? e.host.ip : null) : e.host.ipv6;
}

/** The address a client uses to reach `to`: public IP from the internet, private IP inside the VPC. */
function addressFor(from: Endpoint, to: Endpoint, family: 4 | 6): IpAddress | null {
  if (to.kind === 'internet') return ownAddress(to, family);
  if (family === 6) return to.eni.ipv6;
  return from.kind === 'internet' ? to.eni.publicIp : to.eni.ip;
}

function send(w: Walk, from: Endpoint, p: Pkt): Arrival {
  return from.kind === 'eni' ? sendFromEni(w, from.eni, p) : sendFromInternet(w, from.host, p);
}

const REPLY_TYPE: Record<number, number> = { 8: 0, 128: 129 };

/** One connection: request then response. Returns the request's arrival (for FTP/LB follow-ups) or null. */
function exchange(w: Walk, conn: string, label: Text, from: Endpoint, dst: IpAddress | null, proto: Proto, sport: PortTerm | null, dport: PortTerm | null, toName: string): Arrival {
  beginPacket(w, conn, 'request');
  const family = dst?.family ?? 4;
  const src = ownAddress(from, family);
  const probe: Pkt = { proto, src: src ?? (ipFrom('0.0.0.0') as IpAddress), dst: dst ?? (ipFrom('0.0.0.0') as IpAddress), sport, dport, ...(proto === 'icmp' ? { icmpType: 8 } : proto === 'icmpv6' ? { icmpType: 128 } : {}) };
  if (!src || !dst) {
    const reason = !dst && from.kind === 'internet' ? 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS' as const : 'NO_PUBLIC_ADDRESS' as const;
    drop(w, toName, 'instance', 'NO_ROUTE', probe, { reason }, !dst
      ? tx(`${toName} には${family === 6 ? ' IPv6 アドレス' : 'パブリック IP / Elastic IP'}がないため、宛先として指定できません。`, `${toName} has no ${family === 6 ? 'IPv6 address' : 'public or Elastic IP'}, so it cannot be addressed from here (RT-4).`)
      : tx(`送信元に IPv${family} アドレスがありません。`, `The sender has no IPv${family} address.`));
    endPacket(w, label, 'NO_ROUTE');
    return null;
  }
  const req = send(w, from, probe);
  endPacket(w, label, req ? 'ACCEPTED' : dispositionOf(w));
  if (!req) return null;
  beginPacket(w, conn, 'response');
  const rp: Pkt = { proto, src: req.pkt.dst, dst: req.pkt.src, sport: req.pkt.dport, dport: req.pkt.sport, ...(probe.icmpType !== undefined ? { icmpType: REPLY_TYPE[probe.icmpType] ?? 0 } : {}) };
  const back: Endpoint = req.at.kind === 'eni' ? { kind: 'eni', eni: req.at.eni } : { kind: 'internet', host: req.at.host };
  const res = send(w, back, rp);
  endPacket(w, tx(`${label.ja} の応答`, `reply to ${label.en}`), res ? 'ACCEPTED' : dispositionOf(w));
  return res ? req : null;
}

function dispositionOf(w: Walk): PacketTrace['disposition'] {
  const last = w.cur.steps[w.cur.steps.length - 1];
  if (last?.action === 'NO_ROUTE') return 'NO_ROUTE';
  if (last?.action === 'NULL_ROUTED') return 'NULL_ROUTED';
  // Batfish: egress filters deny out, ingress filters deny in.
  return last?.rule?.id.includes('/outbound/') ? 'DENIED_OUT' : 'DENIED_IN';
}

/** Walks every connection of `flow` with the client's port drawn from `clientPorts`. */
export function walkFlow(m: Model, flow: Flow, clientPorts: PortSet, opts: { isExplained: boolean; isProbe?: boolean }): FlowRun {
  const w = newWalk(m, opts.isExplained, opts.isProbe === true);
  const app = appFrom(flow.app, flow.proto, flow.port) as AppSpec;
  if (isHomeEndpoint(m, flow.from) || isHomeEndpoint(m, flow.to)) {
    runHomeFlow(w, flow, app, clientPorts);
    return { walk: w, clientVars: ['client-port', 'client-data-port'] };
  }
  const from = endpointOf(m, flow.from);
  if (from?.kind === 'eni' && (AWS_SERVICES as readonly string[]).includes(flow.to)) {
    awsService(w, from.eni, flow.to, app, clientPorts);
    return { walk: w, clientVars: ['client-port'] };
  }
  const to = endpointOf(m, flow.to);
  if (!from || !to) return { walk: w, clientVars: [] };
  const family = flow.family === 'ipv6' ? 6 : 4;
  const toName = flow.to;
  const clientLabel = (what: string, whatJa: string) => tx(`クライアントの${whatJa}`, `client ${what}`);
  if (to.kind === 'eni' && to.eni.kind === 'lb') {
    runLoadBalancer(w, from, to.eni, app, family, clientPorts);
    return { walk: w, clientVars: ['client-port'] };
  }
  const dst = addressFor(from, to, family);
  if (app.kind === 'l4') {
    const c = addVar(w, 'client-port', clientLabel('ephemeral port', 'エフェメラルポート'), clientPorts);
    exchange(w, 'main', tx(`${app.label} リクエスト`, `${app.label} request`), from, dst, app.proto, c, fixed(app.port), toName);
  } else if (app.kind === 'ping') {
    exchange(w, 'main', tx('ping (ICMP エコー要求)', 'ping (ICMP echo request)'), from, dst, family === 6 ? 'icmpv6' : 'icmp', null, null, toName);
  } else {
    runFtp(w, from, to, app.mode, dst, clientPorts, toName);
  }
  return { walk: w, clientVars: ['client-port', 'client-data-port'] };
}

/** FTP-1..5: control connection to 21, then the data connection (passive: client opens it; active: server does). */
function runFtp(w: Walk, client: Endpoint, server: Endpoint, mode: 'active' | 'passive', dst: IpAddress | null, clientPorts: PortSet, toName: string): void {
  const c1 = addVar(w, 'client-port', tx('クライアントのエフェメラルポート (制御接続)', 'client ephemeral port (control)'), clientPorts);
  const control = exchange(w, 'control', tx('FTP 制御接続 (ポート 21)', 'FTP control connection (port 21)'), client, dst, 'tcp', c1, fixed(21), toName);
  if (!control) return;
  if (mode === 'passive') {
    // FTP-3: the server answers 227 with an address and a port from its passive range; the client connects.
    const ftp = server.kind === 'eni' ? server.eni.ftp : server.host.ftp;
    const pasv = addVar(w, 'pasv-port', tx('サーバーのパッシブポート', 'server passive port'), ftp?.pasvPorts ?? portRange(1024, 65535));
    const advertised = server.kind === 'internet' ? dst : ftp?.advertise === 'private' ? server.eni.ip : server.eni.publicIp ?? server.eni.ip;
    const addr = client.kind === 'eni' && server.kind === 'eni' ? server.eni.ip : advertised;
    const c2 = addVar(w, 'client-data-port', tx('クライアントのエフェメラルポート (データ接続)', 'client ephemeral port (data)'), clientPorts);
    exchange(w, 'data', tx('FTP データ接続 (パッシブ: クライアントから接続)', 'FTP data connection (passive: opened by the client)'), client, addr, 'tcp', c2, pasv, toName);
    return;
  }
  // FTP-2: active mode: the server connects from port 20 to the address and port in the client's PORT command.
  const clientFtp = client.kind === 'eni' ? client.eni.ftp : null;
  const portAddr = client.kind === 'internet' ? client.host.ip : clientFtp?.advertise === 'public' && client.eni.publicIp ? client.eni.publicIp : client.eni.ip;
  const c2 = addVar(w, 'client-data-port', tx('クライアントの PORT コマンドのポート', 'port in the client\'s PORT command'), clientPorts);
  const serverEp: Endpoint = server;
  const from = serverEp;
  beginPacket(w, 'data', 'request');
  const note: Pkt = { proto: 'tcp', src: ownAddressOr(from), dst: portAddr, sport: fixed(20), dport: c2 };
  record(w, from.kind === 'eni' ? from.eni.name : from.host.name, 'instance', 'ORIGINATED', note, note, {}, () => tx(
    `アクティブモード: クライアントは PORT コマンドで ${ip(portAddr)} とポート ${ports(w.vars['client-data-port']?.alive ?? [])} を通知し、サーバーがポート 20 から接続します (FTP-2)。${isPrivateV4(portAddr) ? ' このアドレスはプライベートで、NAT は FTP のペイロードを書き換えません (FTP-4)。' : ''}`,
    `Active mode: the client's PORT command announces ${ip(portAddr)} and port ${ports(w.vars['client-data-port']?.alive ?? [])}; the server connects from port 20 (FTP-2).${isPrivateV4(portAddr) ? ' That address is private and no NAT here rewrites FTP payloads (FTP-4).' : ''}`));
  endPacket(w, tx('PORT コマンド', 'PORT command'), 'ACCEPTED');
  exchange(w, 'data', tx('FTP データ接続 (アクティブ: サーバーから接続)', 'FTP data connection (active: opened by the server)'), from, portAddr, 'tcp', fixed(20), c2, 'client');
}

function ownAddressOr(e: Endpoint): IpAddress {
  return e.kind === 'eni' ? e.eni.ip : e.host.ip;
}

/** ELB-1: the load balancer is a proxy: client → listener, then a new connection LB (1024-65535) → target. */
function runLoadBalancer(w: Walk, from: Endpoint, lb: Eni, app: AppSpec, family: 4 | 6, clientPorts: PortSet): void {
  const lbc = w.model.lbs[lb.name];
  const port = app.kind === 'l4' ? app.port : 80;
  const listener = lbc?.listeners.find((l) => l.port === port);
  const c = addVar(w, 'client-port', tx('クライアントのエフェメラルポート', 'client ephemeral port'), clientPorts);
  const dst = family === 4 ? (from.kind === 'internet' ? lb.publicIp : lb.ip) : lb.ipv6;
  beginPacket(w, 'front', 'request');
  const req: Pkt = { proto: 'tcp', src: ownAddressOr(from), dst: dst ?? lb.ip, sport: c, dport: fixed(port) };
  const arrived = send(w, from, req);
  if (arrived && !listener) drop(w, lb.name, 'load-balancer', 'DENIED', arrived.pkt, { reason: 'ELB_LISTENER_PORT_RESTRICTION' }, () => tx(`ロードバランサーにポート ${port} のリスナーがありません。`, `The load balancer has no listener on port ${port}.`));
  endPacket(w, tx('ロードバランサーへのリクエスト', 'request to the load balancer'), arrived && listener ? 'ACCEPTED' : dispositionOf(w));
  if (!arrived || !listener) return;
  for (const t of listener.targets) {
    const target = w.model.enis[t];
    if (!target) continue;
    const e = addVar(w, `elb-port:${t}`, tx(`ロードバランサーの送信元ポート (${t})`, `load balancer source port (${t})`), portRange(1024, 65535));
    if (!exchange(w, `back:${t}`, tx(`ロードバランサーから ${t} へのリクエスト`, `load balancer to ${t}`), { kind: 'eni', eni: lb }, target.ip, 'tcp', e, fixed(listener.targetPort), t)) return;
  }
  beginPacket(w, 'front', 'response');
  const rp: Pkt = { proto: 'tcp', src: arrived.pkt.dst, dst: arrived.pkt.src, sport: arrived.pkt.dport, dport: arrived.pkt.sport };
  const ok = sendFromEni(w, lb, rp);
  endPacket(w, tx('ロードバランサーからの応答', 'reply from the load balancer'), ok ? 'ACCEPTED' : dispositionOf(w));
  void arriveAtEni;
}

/**
 * SG-15 / NACL-10: the Amazon DNS resolver (VPC base + 2), instance metadata and Amazon Time Sync are reached
 * without any security group or network ACL evaluation.
 */
function awsService(w: Walk, eni: Eni, service: string, app: AppSpec, clientPorts: PortSet): void {
  const vpc = w.model.vpcCidrs.find((c) => c.family === 4);
  const addr = service === 'amazon-dns' && vpc ? ({ family: 4, value: vpc.base + 2n } as IpAddress) : (ipFrom(service === 'imds' ? '169.254.169.254' : '169.254.169.123') as IpAddress);
  const c = addVar(w, 'client-port', tx('クライアントのエフェメラルポート', 'client ephemeral port'), clientPorts);
  const proto: Proto = app.kind === 'l4' ? app.proto : 'tcp';
  const port = app.kind === 'l4' ? app.port : 53;
  for (const kind of ['request', 'response'] as const) {
    beginPacket(w, 'main', kind);
    const p: Pkt = kind === 'request' ? { proto, src: eni.ip, dst: addr, sport: c, dport: fixed(port) } : { proto, src: addr, dst: eni.ip, sport: fixed(port), dport: c };
    record(w, kind === 'request' ? eni.name : service, 'instance', 'ORIGINATED', p, p, {}, () => tx(`${kind === 'request' ? eni.name : service} が送信します (${ip(p.src)} → ${ip(p.dst)})。`, `${kind === 'request' ? eni.name : service} sends (${ip(p.src)} → ${ip(p.dst)}).`));
    record(w, service, 'instance', 'ACCEPTED', p, p, { reason: 'AWS_SERVICE_EXEMPT' }, () => tx(
      `${service} (${ip(addr)}) への通信はセキュリティグループとネットワーク ACL でフィルタリングされません (SG-15, NACL-10)。`,
      `Traffic to ${service} (${ip(addr)}) is not filtered by security groups or network ACLs (SG-15, NACL-10).`));
    endPacket(w, kind === 'request' ? tx(`${service} への要求`, `request to ${service}`) : tx('応答', 'reply'), 'ACCEPTED');
  }
}

/** Reads the result for one OS out of a (possibly multi-OS) walk. */
export function flowResultFor(run: FlowRun, flow: Flow, flowName: string, role: 'goal' | 'forbidden', os: OsId, osPorts: PortSet): FlowResult {
  const w = run.walk;
  const variables: PortVariable[] = Object.entries(w.vars).map(([id, v]) => {
    const full = run.clientVars.includes(id) ? intersect(v.full, osPorts) : v.full;
    return { id, label: v.label, full, passing: intersect(v.alive, full) };
  });
  let verdict: FlowVerdict;
  let counterexample: Counterexample | undefined;
  if (w.dropped && (w.dropped.variable === null || !w.isProbe)) {
    verdict = 'blocked';
    const d = w.dropped;
    const v = d.variable ? variables.find((x) => x.id === d.variable) : undefined;
    const port = v ? firstPort(subtract(v.full, v.passing)) : null;
    counterexample = { variable: d.variable ?? '', port: port ?? -1, packet: d.packet, step: d.step, text: textOf(d.text), ...(d.reason ? { reason: d.reason } : {}), ...(d.rule ? { rule: d.rule } : {}) };
    // A variable killed entirely for this OS by an earlier step: point at that step instead.
    for (const x of variables) {
      if (!isEmpty(x.full) && isEmpty(x.passing)) { counterexample = killFor(w, x, firstPort(x.full) ?? 0) ?? counterexample; break; }
    }
  } else if (variables.some((x) => !isEmpty(x.full) && isEmpty(x.passing))) {
    verdict = 'blocked';
    const x = variables.find((v) => !isEmpty(v.full) && isEmpty(v.passing)) as PortVariable;
    counterexample = killFor(w, x, firstPort(x.full) ?? 0);
  } else if (variables.some((x) => !portSetEquals(x.full, x.passing))) {
    verdict = 'partial';
    const x = variables.find((v) => !portSetEquals(v.full, v.passing)) as PortVariable;
    counterexample = killFor(w, x, firstPort(subtract(x.full, x.passing)) ?? 0);
  } else {
    verdict = 'delivered';
  }
  const isSatisfied = role === 'goal' ? verdict === 'delivered' : verdict === 'blocked';
  const result: FlowResult = { flow: flowName, role, os, verdict, isSatisfied, variables, packets: w.packets, summary: summaryOf(flowName, os, verdict, counterexample) };
  if (counterexample) result.counterexample = counterexample;
  void flow;
  return result;
}

function killFor(w: Walk, v: PortVariable, port: number): Counterexample | undefined {
  const k = w.kills.find((x) => x.variable === v.id && x.ports !== null && hasPort(x.ports, port));
  if (!k) return undefined;
  const c: Counterexample = { variable: v.id, port, packet: k.packet, step: k.step, text: textOf(k.text) };
  if (k.reason) c.reason = k.reason;
  if (k.rule) c.rule = k.rule;
  return c;
}

function summaryOf(flow: string, os: OsId, verdict: FlowVerdict, c: Counterexample | undefined): Text {
  const osl = OS_TABLE[os].label;
  if (verdict === 'delivered') return tx(`${flow} (${osl.ja}): すべてのポートで往復が届きます。`, `${flow} (${osl.en}): delivered both ways for every port.`);
  const port = c && c.port >= 0 ? c.port : null;
  if (verdict === 'partial') return tx(`${flow} (${osl.ja}): 一部のポートだけ通ります。例: ポート ${port} は失敗 — ${c?.text.ja ?? ''}`, `${flow} (${osl.en}): only part of the port range gets through; e.g. port ${port} fails: ${c?.text.en ?? ''}`);
  return tx(`${flow} (${osl.ja}): 遮断されます — ${c?.text.ja ?? ''}`, `${flow} (${osl.en}): blocked: ${c?.text.en ?? ''}`);
}
