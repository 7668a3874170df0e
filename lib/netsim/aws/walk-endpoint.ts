/**
 * An interface endpoint's network interface receiving a request [VPCE-IF]: its security groups and listener ports were
 * checked like any interface's; then the endpoint policy [VPCE-POL] and, for an endpoint service that requires it,
 * the provider's acceptance of the endpoint connection [PL-SVC].
 */
import { fact } from "../core/fact";
import { drop, notePassed, record, type Pkt, type Walk } from "../core/walk-state";
import { ipToString } from "../core/address";
import { viaEndpoint } from "./policy-conditions";
import { serviceAdmits } from "./resource-policy";
import { evaluatePolicy } from "./endpoint-policy";
import type { Eni } from "./model-types";

export function endpointOf(w: Walk, eni: Eni) {
  const name = eni.name.slice(0, eni.name.lastIndexOf("/"));
  return w.model.connect?.interfaceEndpoints[name];
}

export function endpointAdmits(w: Walk, eni: Eni, p: Pkt): boolean {
  const ep = endpointOf(w, eni);
  if (!ep) return true;
  if (!ep.isAccepted)
    return drop(w, ep.name, "vpc-endpoint", "DENIED", p, { reason: "VPCE_NOT_ACCEPTED" }, () =>
      fact("endpointNotAccepted", { endpoint: ep.name, service: ep.service }),
    );
  const ctx = viaEndpoint(ep.name, ep.vpc, ipToString(p.src));
  const d = evaluatePolicy(ep.policy, w.request?.action, w.request?.resource, ep.service, ctx);
  if (d !== "allow")
    return drop(w, ep.name, "vpc-endpoint", "DENIED", p, { reason: "VPCE_POLICY_DENY" }, () =>
      fact("endpointPolicyDeny", {
        endpoint: ep.name,
        action: w.request?.action ?? "*",
        resource: w.request?.resource ?? "*",
        isExplicit: d === "explicit-deny",
        isImplicit: d === "implicit-deny",
      }),
    );
  if (ep.isEndpointService) return true;
  const seq = record(w, ep.service, "aws-service", "ACCEPTED", p, p, {}, () =>
    fact("interfaceEndpointReceived", { endpoint: ep.name, service: ep.service }),
  );
  notePassed(w, "interface-endpoint", ep.name, seq);
  return serviceAdmits(w, ep.service, ctx, p);
}
