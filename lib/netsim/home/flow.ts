/**
 * A flow through the home router (seed 004): from the internet to a LAN host over IPv4 (WAN address kind,
 * MAP-E port set, IP filters by priority, NAPT port forward or DMZ) or IPv6 (no NAT, stateful firewall
 * pinholes), and from a LAN host out (NAPT with a session for replies).
 */
import { ipFrom, type IpAddress } from "../core/address";
import { formatPortSet, hasPort, portRange, type PortSet } from "../core/port-set";
import { PROTO } from "../core/rules";
import { ipToString as ip } from "../core/address";
import { fact } from "../core/fact";
import {
  addVar,
  beginPacket,
  drop,
  endPacket,
  fixed,
  markArrived,
  record,
  termPorts,
  type Pkt,
  type Proto,
  type Walk,
} from "../core/walk-state";
import { firewallStep, listenStep } from "../core/walk-host";
import type { AppSpec } from "../core/apps";
import type { Flow } from "../scenario/schema";
import type { HomeHost, HomeModel } from "./model";

const ROUTER = "home-router";
const AFTR = "aftr";

export function runHomeFlow(w: Walk, flow: Flow, app: AppSpec, clientPorts: PortSet): void {
  const h = w.model.home;
  if (!h) return;
  const family = flow.family === "ipv6" ? 6 : 4;
  const proto: Proto = app.kind === "l4" ? app.proto : family === 6 ? "icmpv6" : "icmp";
  const port = app.kind === "l4" ? app.port : app.kind === "ftp" ? 21 : null;
  const lan = h.hosts[flow.to];
  const inet = w.model.internet[flow.from];
  if (lan && inet)
    return inbound(
      w,
      h,
      inet.name,
      family === 4 ? inet.ip : (inet.ipv6 ?? inet.ip),
      lan,
      proto,
      port,
      clientPorts,
      family,
    );
  const src = h.hosts[flow.from];
  const dst = w.model.internet[flow.to];
  if (src && dst)
    return outbound(w, h, src, family === 4 ? dst.ip : (dst.ipv6 ?? dst.ip), dst.name, proto, port, clientPorts);
  if (src && lan) return withinLan(w, src, lan, proto, port, clientPorts, family);
}

/** Two hosts on the same LAN talk directly (switched, no NAT, no router filter): only host firewalls apply. */
function withinLan(
  w: Walk,
  src: HomeHost,
  dst: HomeHost,
  proto: Proto,
  port: number | null,
  clientPorts: PortSet,
  family: 4 | 6,
): void {
  const c = addVar(w, "client-port", fact("varClientPort"), clientPorts);
  const a = family === 6 ? src.ipv6 : src.ip;
  const b = family === 6 ? dst.ipv6 : dst.ip;
  beginPacket(w, "main", "request");
  const label = fact("labelSameLan", { from: src.name, to: dst.name });
  if (!a || !b) {
    drop(
      w,
      dst.name,
      "instance",
      "NO_ROUTE",
      { proto, src: src.ip, dst: dst.ip, sport: null, dport: null },
      { reason: "NO_PUBLIC_ADDRESS" },
      () => fact("noIpv6Address", { host: dst.name }),
    );
    endPacket(w, label, "NO_ROUTE");
    return;
  }
  const p: Pkt = {
    proto,
    src: a,
    dst: b,
    sport: port === null ? null : c,
    dport: port === null ? null : fixed(port),
    ...(port === null ? { icmpType: family === 6 ? 128 : 8 } : {}),
  };
  record(w, src.name, "instance", "ORIGINATED", p, p, {}, () =>
    fact("lanDirect", { from: src.name, to: dst.name, port: termPorts(w, p.dport) }),
  );
  if (!firewallStep(w, src, "outbound", p) || !lanDeliver(w, dst, p)) {
    endPacket(w, label, "DENIED_IN");
    return;
  }
  markArrived(w);
  endPacket(w, label, "ACCEPTED");
  beginPacket(w, "main", "response");
  const r: Pkt = {
    ...p,
    src: b,
    dst: a,
    sport: p.dport,
    dport: p.sport,
    ...(p.icmpType !== undefined ? { icmpType: p.icmpType === 8 ? 0 : 129 } : {}),
  };
  record(w, dst.name, "instance", "ORIGINATED", r, r, {}, () => fact("replies", { host: dst.name }));
  const ok = firewallStep(w, dst, "outbound", r) && firewallStep(w, src, "inbound", r);
  if (ok) record(w, src.name, "instance", "ACCEPTED", r, r, {}, () => fact("receivedReply", { host: src.name }));
  endPacket(w, fact("labelReply"), ok ? "ACCEPTED" : "DENIED_IN");
}

function inbound(
  w: Walk,
  h: HomeModel,
  from: string,
  srcIp: IpAddress,
  lan: HomeHost,
  proto: Proto,
  port: number | null,
  clientPorts: PortSet,
  family: 4 | 6,
): void {
  const c = addVar(w, "client-port", fact("varClientPort"), clientPorts);
  beginPacket(w, "main", "request");
  const label = fact("labelConnection", { from, to: lan.name });
  // IPv4 goes to the router's WAN address; with DS-Lite to the AFTR's public address, the only IPv4 address the line has (H-5).
  const v4 = h.wanIp ?? h.aftrIp;
  const dstIp = family === 4 ? (v4 ?? (ipFrom("0.0.0.0") as IpAddress)) : (lan.ipv6 ?? (ipFrom("::") as IpAddress));
  const noAddress = family === 4 ? v4 === null : lan.ipv6 === null;
  const p: Pkt = {
    proto,
    src: srcIp,
    dst: dstIp,
    sport: port === null ? null : c,
    dport: port === null ? null : fixed(port),
    ...(port === null ? { icmpType: family === 6 ? 128 : 8 } : {}),
    ...(noAddress
      ? { dstLacks: family === 4 ? { host: ROUTER, address: "wan-ipv4" } : { host: lan.name, address: "ipv6" } }
      : {}),
  };
  const done = (ok: boolean) => {
    endPacket(w, label, ok ? "ACCEPTED" : "DENIED_IN");
    return ok;
  };
  record(w, from, "internet", "ORIGINATED", p, p, {}, () =>
    fact("connects", { host: from, dst: ip(p.dst), port: termPorts(w, p.dport) }),
  );
  if (family === 6) {
    if (!lan.ipv6) {
      done(
        drop(w, lan.name, "instance", "NO_ROUTE", p, { reason: "NO_PUBLIC_ADDRESS" }, () =>
          fact("noIpv6Address", { host: lan.name }),
        ),
      );
      return;
    }
    // H-4: IPv6 needs no NAT; the router's stateful firewall drops unsolicited inbound traffic unless a pinhole allows it.
    const hole = h.pinholes.find(
      (x) => x.host === lan.name && x.proto === PROTO[proto] && port !== null && hasPort(x.ports, port),
    );
    if (h.ipv6Firewall && !hole) {
      done(
        drop(w, ROUTER, "home-router", "DENIED", p, { reason: "HOME_IPV6_FIREWALL" }, () => fact("homeIpv6Firewall")),
      );
      return;
    }
    record(
      w,
      ROUTER,
      "home-router",
      "PERMITTED",
      p,
      p,
      hole
        ? {
            rule: {
              kind: "home-filter",
              id: `pinhole/${lan.name}`,
              text: `pinhole ${lan.name} ${proto} ${formatPortSet(hole.ports)}`,
            },
          }
        : {},
      () => fact("homeIpv6Pass"),
    );
    if (!lanDeliver(w, lan, p)) {
      done(false);
      return;
    }
    markArrived(w);
    done(true);
    return replyOut(w, lan, p, p, from);
  }
  if (h.access === "ds-lite") {
    done(
      drop(w, AFTR, "isp", "DENIED", p, { reason: "HOME_NO_IPV4" }, () =>
        fact("homeDsLiteInbound", { aftr: ip(dstIp) }),
      ),
    );
    return;
  }
  if (h.wanKind === "none") {
    done(drop(w, "isp", "isp", "NO_ROUTE", p, { reason: "HOME_NO_IPV4" }, () => fact("homeNoWanIpv4")));
    return;
  }
  if (h.wanKind !== "global") {
    done(
      drop(w, "isp", "isp", "DENIED", p, { reason: "HOME_CGNAT" }, () =>
        fact("homeCgnat", { wan: ip(dstIp), wanKind: h.wanKind }),
      ),
    );
    return;
  }
  if (port !== null && h.access === "map-e" && !hasPort(h.wanPorts, port)) {
    done(
      drop(w, ROUTER, "home-router", "DENIED", p, { reason: "HOME_PORT_OUTSIDE_PSID" }, () =>
        fact("homeOutsidePsid", { port }),
      ),
    );
    return;
  }
  // Router IP filters, ascending priority, first match wins (seed 004). Replies matching a NAPT session are not filtered [INF].
  const f = h.filters.find(
    (x) =>
      x.direction === "inbound" &&
      (x.proto === -1 || x.proto === PROTO[proto]) &&
      (port === null || hasPort(x.ports, port)),
  );
  if (f && !f.isPass) {
    done(
      drop(
        w,
        ROUTER,
        "home-router",
        "DENIED",
        p,
        { reason: "HOME_FILTER_DROP", rule: { kind: "home-filter", id: `filter/${f.priority}`, text: f.text } },
        () => fact("homeFilterDrop", { priority: f.priority, filter: f.text }),
      ),
    );
    return;
  }
  if (f)
    record(
      w,
      ROUTER,
      "home-router",
      "PERMITTED",
      p,
      p,
      { rule: { kind: "home-filter", id: `filter/${f.priority}`, text: f.text } },
      () => fact("homeFilterPass", { priority: f.priority }),
    );
  const fwd = port === null ? undefined : h.forwards.find((x) => x.proto === PROTO[proto] && hasPort(x.wanPorts, port));
  const target = fwd ? h.hosts[fwd.host] : h.dmz ? h.hosts[h.dmz] : undefined;
  if (!target) {
    done(drop(w, ROUTER, "home-router", "DENIED", p, { reason: "HOME_NO_MAPPING" }, () => fact("homeNoMapping")));
    return;
  }
  const newPort = fwd?.port ?? port;
  const inside: Pkt = { ...p, dst: target.ip, dport: newPort === null ? null : fixed(newPort) };
  record(
    w,
    ROUTER,
    "home-router",
    "TRANSFORMED",
    p,
    inside,
    {
      rule: fwd
        ? { kind: "port-forward", id: `forward/${fwd.text}`, text: fwd.text }
        : { kind: "dmz", id: `dmz/${target.name}`, text: `DMZ ${target.name}` },
    },
    () =>
      fwd
        ? fact("homeForward", { forward: fwd.text, to: ip(target.ip), port: newPort ?? "" })
        : fact("homeDmz", { host: target.name }),
  );
  // The flow is to `lan`: a forward or DMZ host that is another LAN host takes the packet, and `lan` never sees it.
  const other = () => fact("homeOtherHost", { host: target.name, wanted: lan.name });
  if (target.name !== lan.name)
    return void done(drop(w, ROUTER, "home-router", "DENIED", inside, { reason: "HOME_NO_MAPPING" }, other));
  if (!lanDeliver(w, target, inside)) return void done(false);
  markArrived(w);
  done(true);
  replyOut(w, target, inside, p, from);
}

function lanDeliver(w: Walk, host: HomeHost, p: Pkt): boolean {
  if (!firewallStep(w, host, "inbound", p)) return false;
  if (!listenStep(w, host.name, host.listens, p)) return false;
  record(w, host.name, "instance", "ACCEPTED", p, p, {}, () => fact("received", { host: host.name }));
  return true;
}

/** The LAN host's reply: back through the router's session (un-NAT for IPv4). */
function replyOut(w: Walk, host: HomeHost, inside: Pkt, outside: Pkt, to: string): void {
  beginPacket(w, "main", "response");
  const r: Pkt = {
    ...inside,
    src: inside.dst,
    dst: inside.src,
    sport: inside.dport,
    dport: inside.sport,
    ...(inside.icmpType !== undefined ? { icmpType: inside.icmpType === 8 ? 0 : 129 } : {}),
  };
  record(w, host.name, "instance", "ORIGINATED", r, r, {}, () => fact("replies", { host: host.name }));
  if (!firewallStep(w, host, "outbound", r)) {
    endPacket(w, fact("labelReply"), "DENIED_OUT");
    return;
  }
  const out: Pkt = { ...r, src: outside.dst, sport: outside.dport };
  record(w, ROUTER, "home-router", "MATCHED_SESSION", r, out, { reason: "SESSION_MATCHED" }, () =>
    fact("homeSessionBack"),
  );
  record(w, to, "internet", "ACCEPTED", out, out, {}, () => fact("receivedReply", { host: to }));
  endPacket(w, fact("labelReply"), "ACCEPTED");
}

function outbound(
  w: Walk,
  h: HomeModel,
  host: HomeHost,
  dstIp: IpAddress,
  dstName: string,
  proto: Proto,
  port: number | null,
  clientPorts: PortSet,
): void {
  const c = addVar(w, "client-port", fact("varClientPort"), clientPorts);
  beginPacket(w, "main", "request");
  const src = dstIp.family === 4 ? host.ip : (host.ipv6 ?? host.ip);
  const p: Pkt = { proto, src, dst: dstIp, sport: port === null ? null : c, dport: port === null ? null : fixed(port) };
  record(w, host.name, "instance", "ORIGINATED", p, p, {}, () => fact("connectsTo", { host: host.name, to: dstName }));
  if (!firewallStep(w, host, "outbound", p)) {
    endPacket(w, fact("labelRequestPlain"), "DENIED_OUT");
    return;
  }
  const f = h.filters.find(
    (x) =>
      x.direction === "outbound" &&
      (x.proto === -1 || x.proto === PROTO[proto]) &&
      (port === null || hasPort(x.ports, port)),
  );
  if (f && !f.isPass) {
    drop(
      w,
      ROUTER,
      "home-router",
      "DENIED",
      p,
      { reason: "HOME_FILTER_DROP", rule: { kind: "home-filter", id: `filter/${f.priority}`, text: f.text } },
      () => fact("homeFilterDropOut", { priority: f.priority }),
    );
    endPacket(w, fact("labelRequestPlain"), "DENIED_OUT");
    return;
  }
  let out = p;
  if (dstIp.family === 4 && h.access === "ds-lite" && h.aftrIp) {
    // H-5: the B4 (this router) only tunnels IPv4 in IPv6 to the ISP's AFTR; the AFTR does the NAT44 to its public address.
    const aftrIp = h.aftrIp;
    record(
      w,
      ROUTER,
      "home-router",
      "FORWARDED",
      p,
      p,
      { rule: { kind: "nat", id: "ds-lite/b4", text: "DS-Lite B4: IPv4-in-IPv6 tunnel to the AFTR" } },
      () => fact("homeDsLiteTunnel"),
    );
    const napt = port === null ? null : addVar(w, "aftr-port", fact("varAftrPort"), portRange(1024, 65535));
    out = { ...p, src: aftrIp, sport: napt };
    record(
      w,
      AFTR,
      "isp",
      "TRANSFORMED",
      p,
      out,
      { rule: { kind: "nat", id: "aftr/nat44", text: `NAT44 ${ip(p.src)} -> ${ip(aftrIp)}:1024-65535` } },
      () => fact("homeAftrNat", { from: ip(p.src), to: ip(aftrIp) }),
    );
  } else if (dstIp.family === 4) {
    if (!h.wanIp) {
      drop(w, ROUTER, "home-router", "DENIED", p, { reason: "HOME_NO_IPV4" }, () => fact("homeNoWanIpv4Out"));
      endPacket(w, fact("labelRequestPlain"), "DENIED_OUT");
      return;
    }
    const napt = port === null ? null : addVar(w, "napt-port", fact("varNaptPort"), h.wanPorts);
    out = { ...p, src: h.wanIp ?? p.src, sport: napt };
    record(
      w,
      ROUTER,
      "home-router",
      "TRANSFORMED",
      p,
      out,
      {
        rule: {
          kind: "nat",
          id: "napt",
          text: `NAPT -> ${h.wanIp ? ip(h.wanIp) : "AFTR"} ports ${h.wanPorts.length <= 4 ? formatPortSet(h.wanPorts) : `${formatPortSet(h.wanPorts.slice(0, 2))},… (${h.wanPorts.length} ranges)`}`,
        },
      },
      () => fact("homeNapt", { ports: h.wanPorts, isMapE: h.access === "map-e" }),
    );
  } else {
    record(w, ROUTER, "home-router", "SETUP_SESSION", p, p, {}, () => fact("homeIpv6Out"));
  }
  record(w, dstName, "internet", "ACCEPTED", out, out, {}, () => fact("received", { host: dstName }));
  markArrived(w);
  endPacket(w, fact("labelRequestPlain"), "ACCEPTED");
  beginPacket(w, "main", "response");
  const r: Pkt = { ...out, src: out.dst, dst: out.src, sport: out.dport, dport: out.sport };
  const back: Pkt = { ...r, dst: p.src, dport: p.sport };
  if (out !== p && h.access === "ds-lite") {
    record(w, AFTR, "isp", "MATCHED_SESSION", r, back, { reason: "SESSION_MATCHED" }, () =>
      fact("homeAftrBack", { to: ip(p.src) }),
    );
    record(w, ROUTER, "home-router", "FORWARDED", back, back, {}, () => fact("homeDecapsulate"));
  } else {
    record(w, ROUTER, "home-router", "MATCHED_SESSION", r, back, { reason: "SESSION_MATCHED" }, () =>
      fact("homeSessionReply"),
    );
  }
  if (!firewallStep(w, host, "inbound", back)) {
    endPacket(w, fact("labelReply"), "DENIED_IN");
    return;
  }
  record(w, host.name, "instance", "ACCEPTED", back, back, {}, () => fact("receivedReply", { host: host.name }));
  endPacket(w, fact("labelReply"), "ACCEPTED");
}
