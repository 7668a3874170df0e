/**
 * Flows to an AWS service (`to: s3`, `to: sqs` …) and to a provider's endpoint service through PrivateLink
 * (SCENARIO.md §3b). The service's public name resolves to an interface endpoint's private address when the client's
 * VPC has one for the service with private DNS on, else to the service's public address in its Region [VPCE-IF]; a
 * gateway endpoint's prefix-list route then catches the public address [VPCE-GW].
 */
import { portRange, type PortSet } from "../core/port-set";
import { fact } from "../core/fact";
import { addVar, beginPacket, drop, endPacket, fixed, markArrived, type Pkt, type Walk } from "../core/walk-state";
import type { AppSpec } from "../core/apps";
import { DEFAULT_REGION } from "../scenario/vpcs";
import { servicePublicIp } from "./service-ranges";
import { dispositionOf, exchange, ownAddressOr, send, type Endpoint } from "./flow-exchange";
import { sendFromEni } from "./walk-vpc";
import type { Eni } from "./model-types";
import { continueThroughAlb } from "./flow-lb-chain";
import { noServedTarget } from "./walk-zones";

/** The region a client's requests to a service go to by default: its own VPC's. */
function clientRegion(w: Walk, from: Endpoint): string {
  return from.kind === "eni" ? (w.model.vpcs[from.eni.vpc]?.region ?? DEFAULT_REGION) : DEFAULT_REGION;
}

export function runServiceFlow(
  w: Walk,
  from: Endpoint,
  service: string,
  region: string | undefined,
  app: AppSpec,
  clientPorts: PortSet,
): void {
  const r = region ?? clientRegion(w, from);
  const vpc = from.kind === "eni" ? from.eni.vpc : null;
  // An endpoint-specific DNS name resolves to that endpoint's interfaces wherever the client is (SCENARIO.md §3d).
  const named = w.request?.endpoint;
  const ep =
    named !== undefined
      ? w.model.connect?.interfaceEndpoints[named]
      : Object.values(w.model.connect?.interfaceEndpoints ?? {}).find(
          (e) => e.vpc === vpc && e.service === service && e.isPrivateDns && e.region === r,
        );
  const epEni = ep ? w.model.enis[ep.enis[0] ?? ""] : undefined;
  const c = addVar(w, "client-port", fact("varClientPort"), clientPorts);
  if (named !== undefined && (!ep || !epEni || ep.service !== service)) {
    beginPacket(w, "main", "request");
    const req: Pkt = { proto: "tcp", src: ownAddressOr(from), dst: ownAddressOr(from), sport: c, dport: fixed(443) };
    drop(w, service, "vpc-endpoint", "NO_ROUTE", { ...req, dstName: named }, { reason: "NO_ENDPOINT" }, () =>
      fact("noEndpointForService", { service: named, vpc: vpc ?? "" }),
    );
    endPacket(w, fact("labelToService", { service }), "NO_ROUTE");
    return;
  }
  const dst = epEni ? epEni.ip : servicePublicIp(service, r);
  const proto = app.kind === "l4" ? app.proto : "tcp";
  const port = app.kind === "l4" ? app.port : 443;
  exchange(w, "main", fact("labelToService", { service }), from, dst, proto, c, fixed(port), service);
}

/**
 * PrivateLink [PL-SVC]: the client connects to its interface endpoint; the provider's Network Load Balancer opens the
 * connection to the target. The target sees the load balancer's private address (client IP preservation does not
 * apply to PrivateLink traffic) [NLB-IP].
 */
export function runPrivateLink(w: Walk, from: Endpoint, service: string, app: AppSpec, clientPorts: PortSet): void {
  const vpc = from.kind === "eni" ? from.eni.vpc : null;
  const ep = Object.values(w.model.connect?.interfaceEndpoints ?? {}).find(
    (e) => e.vpc === vpc && e.service === service,
  );
  const epEni = ep ? w.model.enis[ep.enis[0] ?? ""] : undefined;
  const lbName = w.model.connect?.endpointServices[service]?.lb ?? "";
  const lb = w.model.enis[lbName];
  const port = app.kind === "l4" ? app.port : 443;
  const listener = w.model.lbs[lbName]?.listeners.find((l) => l.port === port);
  const c = addVar(w, "client-port", fact("varClientPort"), clientPorts);
  beginPacket(w, "front", "request");
  const req: Pkt = {
    proto: "tcp",
    src: ownAddressOr(from),
    dst: epEni?.ip ?? ownAddressOr(from),
    sport: c,
    dport: fixed(port),
  };
  if (!epEni || !lb) {
    drop(w, service, "vpc-endpoint", "NO_ROUTE", { ...req, dstName: service }, { reason: "NO_ENDPOINT" }, () =>
      epEni
        ? fact("endpointServiceNoLb", { service, lb: lbName })
        : fact("noEndpointForService", { service, vpc: vpc ?? "" }),
    );
    endPacket(w, fact("labelToService", { service }), "NO_ROUTE");
    return;
  }
  const arrived = send(w, from, req);
  const isServed = noServedTarget(w, lbName, listener, arrived?.pkt);
  endPacket(w, fact("labelToService", { service }), arrived && isServed ? "ACCEPTED" : dispositionOf(w));
  if (!arrived || !listener || !isServed) return;
  markArrived(w);
  for (const t of listener.targets) {
    const target = w.model.enis[t];
    if (!target) continue;
    const e = addVar(w, `elb-port:${t}`, fact("varLbPort", { target: t }), portRange(1024, 65535));
    const back = exchange(
      w,
      `back:${t}`,
      fact("labelLbToTarget", { target: t }),
      { kind: "eni", eni: lb },
      target.ip,
      "tcp",
      e,
      fixed(listener.targetPort),
      t,
    );
    if (!back || !continueThroughAlb(w, target, listener.targetPort)) return;
  }
  replyFrom(w, epEni, arrived.pkt);
}

function replyFrom(w: Walk, eni: Eni, req: Pkt): void {
  beginPacket(w, "front", "response");
  const rp: Pkt = { proto: "tcp", src: req.dst, dst: req.src, sport: req.dport, dport: req.sport };
  const ok = sendFromEni(w, eni, rp);
  endPacket(w, fact("labelFromLb"), ok ? "ACCEPTED" : dispositionOf(w));
}
