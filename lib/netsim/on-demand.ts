/**
 * The simulator's parts a browser loads on demand: the connected-network walk (peering, transit gateway, VPN and
 * Direct Connect, endpoint policies, endpoint network interfaces) and the home router. The rest of the simulator
 * calls them through the functions below, which run the installed code:
 * - the server, tools and tests install it statically (on-demand-static.ts, imported by authoring.ts, testing.ts and
 *   the unit tests' setup), so their API stays synchronous;
 * - the browser entry (index.ts) installs nothing: the player calls loadOnDemandParts() when a simulation stops with
 *   PartsNotLoaded (only a scenario with those constructs reaches them), then simulates again.
 * This file changes which code is loaded, never what it computes.
 */
import type { Model } from "./aws/model";
import type * as ModelEnis from "./aws/model-enis";
import type * as WalkConnect from "./aws/walk-connect";
import type * as WalkEndpoint from "./aws/walk-endpoint";
import type * as HomeFlow from "./home/flow";
import type * as HomeModel from "./home/model";

export type OnDemandParts = {
  connectRoute: typeof WalkConnect.connectRoute;
  gatewayEndpointBack: typeof WalkConnect.gatewayEndpointBack;
  sendFromOnPrem: typeof WalkConnect.sendFromOnPrem;
  endpointAdmits: typeof WalkEndpoint.endpointAdmits;
  endpointEnis: typeof ModelEnis.endpointEnis;
  compileHome: typeof HomeModel.compileHome;
  runHomeFlow: typeof HomeFlow.runHomeFlow;
};

/** Thrown when a simulation reaches a part that is not loaded yet (the browser only): load it, then simulate again. */
export class PartsNotLoaded extends Error {
  constructor() {
    super("The simulator's connected-network and home-router parts are not loaded: await loadOnDemandParts() first");
    this.name = "PartsNotLoaded";
  }
}

let installed: OnDemandParts | null = null;
let loading: Promise<void> | null = null;

function parts(): OnDemandParts {
  if (!installed) throw new PartsNotLoaded();
  return installed;
}

export function installOnDemandParts(code: OnDemandParts): void {
  installed = code;
}

export function areOnDemandPartsLoaded(): boolean {
  return installed !== null;
}

/** Loads and installs the parts (once; the same promise every call). */
export function loadOnDemandParts(): Promise<void> {
  loading ??= import("./on-demand-parts").then((module) => installOnDemandParts(module.onDemandParts));
  return loading;
}

export const connectRoute: OnDemandParts["connectRoute"] = (...args) => parts().connectRoute(...args);
export const gatewayEndpointBack: OnDemandParts["gatewayEndpointBack"] = (...args) =>
  parts().gatewayEndpointBack(...args);
export const sendFromOnPrem: OnDemandParts["sendFromOnPrem"] = (...args) => parts().sendFromOnPrem(...args);
export const endpointAdmits: OnDemandParts["endpointAdmits"] = (...args) => parts().endpointAdmits(...args);
export const endpointEnis: OnDemandParts["endpointEnis"] = (...args) => parts().endpointEnis(...args);
export const compileHome: OnDemandParts["compileHome"] = (...args) => parts().compileHome(...args);
export const runHomeFlow: OnDemandParts["runHomeFlow"] = (...args) => parts().runHomeFlow(...args);

/** Is the flow's endpoint a host of the home network? (Here, not in home/flow.ts: deciding needs no home code.) */
export function isHomeEndpoint(m: Model, name: string): boolean {
  return m.home !== null && m.home.hosts[name] !== undefined;
}
