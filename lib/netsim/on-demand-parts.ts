/**
 * The code behind on-demand.ts's "networks" part: imported statically by on-demand-static.ts, dynamically by
 * loadOnDemandParts().
 */
import { endpointEnis } from "./aws/model-enis";
import { connectRoute, gatewayEndpointBack, sendFromOnPrem } from "./aws/walk-connect";
import { endpointAdmits } from "./aws/walk-endpoint";
import { runHomeFlow } from "./home/flow";
import { compileHome } from "./home/model";
import type { NetworkParts } from "./on-demand";

export const networkParts: NetworkParts = {
  connectRoute,
  gatewayEndpointBack,
  sendFromOnPrem,
  endpointAdmits,
  endpointEnis,
  compileHome,
  runHomeFlow,
};
