/** Walk steps for Availability Zones and on-premises connections (SCENARIO.md §3c), used by walk-connect.ts. */
import { fact } from "../core/fact";
import { drop, type Pkt, type Walk } from "../core/walk-state";
import type { OnPremC } from "./model-connect";

/** [TGW-AZ] a subnet in an AZ without an attachment subnet cannot reach the transit gateway (nor be reached from it). */
export function noAttachmentInAz(w: Walk, tgw: string, attachment: string, az: string, p: Pkt): null {
  drop(w, tgw, "transit-gateway", "NO_ROUTE", p, { reason: "TGW_NO_ATTACHMENT_IN_AZ" }, () =>
    fact("tgwNoAttachmentInAz", { tgw, attachment, az }),
  );
  return null;
}

/** Every connection of the on-premises network is down (SCENARIO.md §3c): nothing is carried either way. */
export function connectionDown(w: Walk, node: string, net: OnPremC, p: Pkt): null {
  drop(w, node, "vpn-gateway", "NO_ROUTE", p, { reason: "CONNECTION_DOWN" }, () =>
    fact("connectionDown", { network: net.name }),
  );
  return null;
}

/**
 * A listener left with no target to send to (every target is in an Availability Zone the load balancer does not enable,
 * or down): the connection is not forwarded [ELB-AZ]. Returns whether the listener has a target.
 */
export function noServedTarget(
  w: Walk,
  lb: string,
  listener: { port: number; targets: readonly string[] } | undefined,
  p: Pkt | undefined,
): boolean {
  if (!listener || !p || listener.targets.length > 0) return true;
  drop(w, lb, "load-balancer", "DENIED", p, { reason: "ELB_NO_SERVED_TARGET" }, () =>
    fact("lbNoServedTarget", { lb, port: listener.port }),
  );
  return false;
}
