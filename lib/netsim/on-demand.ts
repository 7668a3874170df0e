/**
 * The simulator's parts a browser loads on demand, in two groups:
 * - "networks": the connected-network walk (peering, transit gateway, VPN and Direct Connect, endpoint policies,
 *   endpoint network interfaces) and the home router;
 * - "changes": applying changes (what-if choices, the sandbox's edits) and the validator.
 * The rest of the simulator calls them through the functions below, which run the installed code:
 * - the server, tools and tests install both statically (on-demand-static.ts, imported by authoring.ts, testing.ts and
 *   the unit tests' setup), so their API stays synchronous;
 * - the browser entry (index.ts) installs nothing: the player calls loadOnDemandParts(error.part) when a simulation
 *   stops with PartsNotLoaded (only a scenario with those constructs, or a choice with changes, reaches them), then
 *   simulates again. The baseline of a single-VPC scenario (the sandbox's first view) needs neither group.
 * This file changes which code is loaded, never what it computes.
 */
import type { Model } from "./aws/model";
import type * as Changes from "./aws/changes";
import type * as ModelEnis from "./aws/model-enis";
import type * as WalkConnect from "./aws/walk-connect";
import type * as WalkEndpoint from "./aws/walk-endpoint";
import type * as HomeFlow from "./home/flow";
import type * as HomeModel from "./home/model";
import type * as Validate from "./scenario/validate";

export type NetworkParts = {
  connectRoute: typeof WalkConnect.connectRoute;
  gatewayEndpointBack: typeof WalkConnect.gatewayEndpointBack;
  sendFromOnPrem: typeof WalkConnect.sendFromOnPrem;
  endpointAdmits: typeof WalkEndpoint.endpointAdmits;
  endpointEnis: typeof ModelEnis.endpointEnis;
  compileHome: typeof HomeModel.compileHome;
  runHomeFlow: typeof HomeFlow.runHomeFlow;
};
export type ChangeParts = {
  applyChoices: typeof Changes.applyChoices;
  validateScenario: typeof Validate.validateScenario;
};
export type OnDemandParts = NetworkParts & ChangeParts;
export type OnDemandPart = "networks" | "changes";

/** Thrown when a simulation reaches a part that is not loaded yet (the browser only): load it, then simulate again. */
export class PartsNotLoaded extends Error {
  constructor(readonly part: OnDemandPart) {
    super(`The simulator's on-demand ${part} part is not loaded: await loadOnDemandParts("${part}") first`);
    this.name = "PartsNotLoaded";
  }
}

let networks: NetworkParts | null = null;
let changes: ChangeParts | null = null;
type LoadKey = OnDemandPart | "all";
const loading: Partial<Record<LoadKey, Promise<void>>> = {};
const failed = new Set<LoadKey>();
const loaders: Record<OnDemandPart, () => Promise<void>> = {
  networks: () => import("./on-demand-parts").then((module) => void (networks = module.networkParts)),
  changes: () => import("./on-demand-changes").then((module) => void (changes = module.changeParts)),
};

function networkParts(): NetworkParts {
  if (!networks) throw new PartsNotLoaded("networks");
  return networks;
}

function changeParts(): ChangeParts {
  if (!changes) throw new PartsNotLoaded("changes");
  return changes;
}

export function installOnDemandParts(code: OnDemandParts): void {
  networks = code;
  changes = code;
}

export function areOnDemandPartsLoaded(part?: OnDemandPart): boolean {
  if (part === "networks") return networks !== null;
  if (part === "changes") return changes !== null;
  return networks !== null && changes !== null;
}

/**
 * Loads and installs one group of parts, or both (once; the same promise every call, a failed one too, so a render
 * that waits for it is never retried in a loop: reloadOnDemandParts() tries a failed load again).
 */
export function loadOnDemandParts(part?: OnDemandPart): Promise<void> {
  const key = part ?? "all";
  const started =
    loading[key] ??
    (part ? loaders[part]() : Promise.all([loadOnDemandParts("networks"), loadOnDemandParts("changes")])).then(
      () => undefined,
      (error: unknown) => {
        failed.add(key);
        throw error;
      },
    );
  loading[key] = started;
  return started;
}

/** Like loadOnDemandParts, but loads afresh what failed to load before (a reader's retry, outside rendering). */
export function reloadOnDemandParts(part?: OnDemandPart): Promise<void> {
  for (const key of failed) delete loading[key];
  failed.clear();
  return loadOnDemandParts(part);
}

export const connectRoute: NetworkParts["connectRoute"] = (...args) => networkParts().connectRoute(...args);
export const gatewayEndpointBack: NetworkParts["gatewayEndpointBack"] = (...args) =>
  networkParts().gatewayEndpointBack(...args);
export const sendFromOnPrem: NetworkParts["sendFromOnPrem"] = (...args) => networkParts().sendFromOnPrem(...args);
export const endpointAdmits: NetworkParts["endpointAdmits"] = (...args) => networkParts().endpointAdmits(...args);
export const endpointEnis: NetworkParts["endpointEnis"] = (...args) => networkParts().endpointEnis(...args);
export const compileHome: NetworkParts["compileHome"] = (...args) => networkParts().compileHome(...args);
export const runHomeFlow: NetworkParts["runHomeFlow"] = (...args) => networkParts().runHomeFlow(...args);
export const validateScenario: ChangeParts["validateScenario"] = (...args) => changeParts().validateScenario(...args);

/**
 * The scenario after the given choices' changes (see aws/changes.ts). Choices without changes (none, in the sandbox and
 * a player's baseline) need no on-demand code: the result is what applyChoices gives for them.
 */
export const applyChoices: ChangeParts["applyChoices"] = (base, letters, isTrusted) =>
  letters.every((letter) => (base.choices[letter] ?? []).length === 0)
    ? { scenario: { ...base }, problems: [], invalid: [] }
    : changeParts().applyChoices(base, letters, isTrusted);

/** Is the flow's endpoint a host of the home network? (Here, not in home/flow.ts: deciding needs no home code.) */
export function isHomeEndpoint(m: Model, name: string): boolean {
  return m.home !== null && m.home.hosts[name] !== undefined;
}
