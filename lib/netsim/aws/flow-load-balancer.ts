/** ELB-1: a load balancer is a proxy: the client connects to a listener, then the LB opens a connection (ports 1024-65535) to each target. */
import { portRange, type PortSet } from "../core/port-set";
import { fact } from "../core/fact";
import { addVar, beginPacket, drop, endPacket, fixed, markArrived, type Pkt, type Walk } from "../core/walk-state";
import { sendFromEni } from "./walk-vpc";
import { dispositionOf, exchange, ownAddressOr, send, type Endpoint } from "./flow-exchange";
import type { AppSpec } from "../core/apps";
import type { Eni } from "./model";
import { nlbPreservedBack } from "./flow-nlb";
import { noServedTarget } from "./walk-zones";

export function runLoadBalancer(
  w: Walk,
  from: Endpoint,
  lb: Eni,
  app: AppSpec,
  family: 4 | 6,
  clientPorts: PortSet,
): void {
  const lbc = w.model.lbs[lb.name];
  const port = app.kind === "l4" ? app.port : 80;
  const listener = lbc?.listeners.find((l) => l.port === port);
  const c = addVar(w, "client-port", fact("varClientPort"), clientPorts);
  const dst = family === 4 ? (from.kind === "internet" ? lb.publicIp : lb.ip) : lb.ipv6;
  beginPacket(w, "front", "request");
  const req: Pkt = { proto: "tcp", src: ownAddressOr(from), dst: dst ?? lb.ip, sport: c, dport: fixed(port) };
  const arrived = send(w, from, req);
  if (arrived && !listener)
    drop(w, lb.name, "load-balancer", "DENIED", arrived.pkt, { reason: "ELB_LISTENER_PORT_RESTRICTION" }, () =>
      fact("lbNoListener", { port }),
    );
  const isServed = noServedTarget(w, lb.name, listener, arrived?.pkt);
  endPacket(w, fact("labelToLb"), arrived && listener && isServed ? "ACCEPTED" : dispositionOf(w));
  if (!arrived || !listener || !isServed) return;
  markArrived(w);
  for (const t of listener.targets) {
    const target = w.model.enis[t];
    if (!target) continue;
    if (lbc?.isClientIpPreserved) {
      if (!nlbPreservedBack(w, lb, target, arrived.pkt.src, c, listener.targetPort)) return;
      continue;
    }
    const e = addVar(w, `elb-port:${t}`, fact("varLbPort", { target: t }), portRange(1024, 65535));
    if (
      !exchange(
        w,
        `back:${t}`,
        fact("labelLbToTarget", { target: t }),
        { kind: "eni", eni: lb },
        target.ip,
        "tcp",
        e,
        fixed(listener.targetPort),
        t,
      )
    )
      return;
  }
  beginPacket(w, "front", "response");
  const rp: Pkt = {
    proto: "tcp",
    src: arrived.pkt.dst,
    dst: arrived.pkt.src,
    sport: arrived.pkt.dport,
    dport: arrived.pkt.sport,
  };
  const ok = sendFromEni(w, lb, rp);
  endPacket(w, fact("labelFromLb"), ok ? "ACCEPTED" : dispositionOf(w));
}
