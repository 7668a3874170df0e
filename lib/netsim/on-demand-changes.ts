/**
 * The code behind on-demand.ts's "changes" part: imported statically by on-demand-static.ts, dynamically by
 * loadOnDemandParts().
 */
import { applyChoices } from "./aws/changes";
import type { ChangeParts } from "./on-demand";
import { validateScenario } from "./scenario/validate";

export const changeParts: ChangeParts = { applyChoices, validateScenario };
