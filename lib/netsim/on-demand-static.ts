/**
 * Installs the simulator's on-demand parts synchronously (see on-demand.ts): imported for its effect by the server and
 * tool entries (authoring.ts, testing.ts) and by the unit tests' setup. Never by the browser entry, index.ts.
 */
import { installOnDemandParts } from "./on-demand";
import { changeParts } from "./on-demand-changes";
import { networkParts } from "./on-demand-parts";

installOnDemandParts({ ...networkParts, ...changeParts });
