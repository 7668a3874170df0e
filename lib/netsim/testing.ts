/** Test and benchmark entry point: fixture scenarios, test helpers, and the single-filter internals the bench times. */
import "./on-demand-static";
export { q30570, ftpNat, homeForward } from "./fixtures/scenarios";
export { threeVpcHub } from "./fixtures/connect";
export { azFailover } from "./fixtures/zones";
export { scenarioOf, variant } from "./test-helpers";
export { evaluateNacl } from "./aws/nacl";
export { compileNaclRule, starRule, type CompiledNaclRule } from "./core/rules";
export { portRange } from "./core/port-set";
