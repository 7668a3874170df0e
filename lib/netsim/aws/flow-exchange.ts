/** One connection of a flow: the request, then the reply from wherever the request arrived. Shared by every kind of flow. */
import { ipFrom, type IpAddress } from "../core/address";
import { fact } from "../core/fact";
import {
  beginPacket,
  drop,
  endPacket,
  markArrived,
  type Pkt,
  type PortTerm,
  type Proto,
  type Walk,
} from "../core/walk-state";
import { sendFromEni, sendFromInternet, type Arrival } from "./walk-vpc";
import type { Eni, InternetHost, Model } from "./model";
import type { PacketTrace } from "../core/trace";
import type { Fact } from "../core/fact";

export type Endpoint = { kind: "eni"; eni: Eni } | { kind: "internet"; host: InternetHost };

export function endpointOf(m: Model, name: string): Endpoint | null {
  const eni = m.enis[name];
  if (eni) return { kind: "eni", eni };
  const host = m.internet[name];
  if (host) return { kind: "internet", host };
  const literal = ipFrom(name);
  if (literal)
    return {
      kind: "internet",
      host: { name, ip: literal, ipv6: literal.family === 6 ? literal : null, os: [], listens: "any", ftp: null },
    };
  return null;
}

export function ownAddress(e: Endpoint, family: 4 | 6): IpAddress | null {
  if (e.kind === "eni") return family === 4 ? e.eni.ip : e.eni.ipv6;
  return family === 4 ? (e.host.ip.family === 4 ? e.host.ip : null) : e.host.ipv6;
}

/** The address a client uses to reach `to`: public IP from the internet, private IP inside the VPC. */
export function addressFor(from: Endpoint, to: Endpoint, family: 4 | 6): IpAddress | null {
  if (to.kind === "internet") return ownAddress(to, family);
  if (family === 6) return to.eni.ipv6;
  // An on-premises host reaches a VPC over its VPN or Direct Connect by private addresses.
  return from.kind === "internet" && from.host.site === undefined ? to.eni.publicIp : to.eni.ip;
}

export function send(w: Walk, from: Endpoint, p: Pkt): Arrival {
  return from.kind === "eni" ? sendFromEni(w, from.eni, p) : sendFromInternet(w, from.host, p);
}

const REPLY_TYPE: Record<number, number> = { 8: 0, 128: 129 };

/** One connection: request then response. Returns the request's arrival (for FTP/LB follow-ups) or null. */
export function exchange(
  w: Walk,
  conn: string,
  label: Fact,
  from: Endpoint,
  dst: IpAddress | null,
  proto: Proto,
  sport: PortTerm | null,
  dport: PortTerm | null,
  toName: string,
): Arrival {
  beginPacket(w, conn, "request");
  const family = dst?.family ?? 4;
  const src = ownAddress(from, family);
  const probe: Pkt = {
    proto,
    src: src ?? (ipFrom("0.0.0.0") as IpAddress),
    dst: dst ?? (ipFrom("0.0.0.0") as IpAddress),
    sport,
    dport,
    ...(proto === "icmp" ? { icmpType: 8 } : proto === "icmpv6" ? { icmpType: 128 } : {}),
    ...(src
      ? {}
      : { srcLacks: { host: from.kind === "eni" ? from.eni.name : from.host.name, address: `ipv${family}` } }),
    ...(dst ? {} : { dstLacks: { host: toName, address: family === 6 ? "ipv6" : "public-ipv4" } }),
  };
  if (!src || !dst) {
    const reason =
      !dst && from.kind === "internet"
        ? ("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS" as const)
        : ("NO_PUBLIC_ADDRESS" as const);
    drop(
      w,
      toName,
      "instance",
      "NO_ROUTE",
      probe,
      { reason },
      !dst
        ? fact("noAddressToReach", { host: toName, isIpv6: family === 6, isIpv4: family === 4 })
        : fact("senderNoAddress", { family: `IPv${family}` }),
    );
    endPacket(w, label, "NO_ROUTE");
    return null;
  }
  const req = send(w, from, probe);
  endPacket(w, label, req ? "ACCEPTED" : dispositionOf(w));
  if (!req) return null;
  markArrived(w);
  beginPacket(w, conn, "response");
  const rp: Pkt = {
    proto,
    src: req.pkt.dst,
    dst: req.pkt.src,
    sport: req.pkt.dport,
    dport: req.pkt.sport,
    ...(probe.icmpType !== undefined ? { icmpType: REPLY_TYPE[probe.icmpType] ?? 0 } : {}),
  };
  const back: Endpoint =
    req.at.kind === "eni" ? { kind: "eni", eni: req.at.eni } : { kind: "internet", host: req.at.host };
  const res = send(w, back, rp);
  endPacket(w, fact("replyTo", { request: label }), res ? "ACCEPTED" : dispositionOf(w));
  return res ? req : null;
}

export function dispositionOf(w: Walk): PacketTrace["disposition"] {
  const last = w.cur.steps[w.cur.steps.length - 1];
  if (last?.action === "NO_ROUTE") return "NO_ROUTE";
  if (last?.action === "NULL_ROUTED") return "NULL_ROUTED";
  if (last?.action === "LOOP") return "LOOP"; // Batfish FlowDisposition LOOP
  // Batfish: egress filters deny out, ingress filters deny in.
  return last?.rule?.id.includes("/outbound/") ? "DENIED_OUT" : "DENIED_IN";
}

/** Walks every connection of `flow` with the client's port drawn from `clientPorts`. */

/** The address an endpoint sends from (IPv4 unless it has none). */
export function ownAddressOr(e: Endpoint): IpAddress {
  return e.kind === "eni" ? e.eni.ip : e.host.ip;
}
