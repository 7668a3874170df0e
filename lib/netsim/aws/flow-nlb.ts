/**
 * A Network Load Balancer with client IP preservation [NLB-IP]: the connection to the target keeps the client's
 * address and port, so the target's security group and subnet NACL see the client, not the load balancer. A target
 * security group rule may reference the load balancer's security group instead [NLB-SG]. The target's reply goes back
 * through the load balancer (it tracks the connection, SG-5), not through the target's route table.
 */
import { fact } from "../core/fact";
import { beginPacket, endPacket, markArrived, record, type Pkt, type PortTerm, type Walk } from "../core/walk-state";
import { ipToString as ip, type IpAddress } from "../core/address";
import { firewallStep } from "../core/walk-host";
import { naclStep, sgStep } from "./walk-filters";
import { arriveAtEni } from "./walk-vpc";
import { dispositionOf } from "./flow-exchange";
import type { Eni } from "./model-types";

export function nlbPreservedBack(
  w: Walk,
  lb: Eni,
  target: Eni,
  client: IpAddress,
  clientPort: PortTerm,
  targetPort: number,
): boolean {
  const conn = `back:${target.name}`;
  beginPacket(w, conn, "request");
  const req: Pkt = {
    proto: "tcp",
    src: client,
    dst: target.ip,
    sport: clientPort,
    dport: { kind: "fixed", port: targetPort },
    viaGroups: lb.groups,
  };
  record(w, lb.name, "load-balancer", "FORWARDED", req, req, {}, () =>
    fact("nlbPreservesClient", { lb: lb.name, target: target.name, client: ip(client) }),
  );
  let ok = sgStep(w, lb, "outbound", req);
  if (ok && lb.subnet !== target.subnet)
    ok = naclStep(w, lb.subnet, "outbound", req) && naclStep(w, target.subnet, "inbound", req);
  const arrived = ok ? arriveAtEni(w, target, req) : null;
  endPacket(w, fact("labelLbToTarget", { target: target.name }), arrived ? "ACCEPTED" : dispositionOf(w));
  if (!arrived) return false;
  markArrived(w);
  beginPacket(w, conn, "response");
  const rp: Pkt = { proto: "tcp", src: target.ip, dst: client, sport: req.dport, dport: clientPort };
  record(w, target.name, "instance", "ORIGINATED", rp, rp, {}, () =>
    fact("sendSimple", { host: target.name, src: ip(rp.src), dst: ip(rp.dst) }),
  );
  let back = firewallStep(w, target, "outbound", rp) && sgStep(w, target, "outbound", rp);
  if (back && lb.subnet !== target.subnet)
    back = naclStep(w, target.subnet, "outbound", rp) && naclStep(w, lb.subnet, "inbound", rp);
  if (back)
    record(w, lb.name, "load-balancer", "MATCHED_SESSION", rp, rp, { reason: "SESSION_MATCHED" }, () =>
      fact("nlbReplyBack", { lb: lb.name }),
    );
  endPacket(
    w,
    fact("replyTo", { request: fact("labelLbToTarget", { target: target.name }) }),
    back ? "ACCEPTED" : dispositionOf(w),
  );
  return back;
}
