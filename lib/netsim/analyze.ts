/**
 * Entry point of the choice analysis (analyzeChoices): which answer choices make the goals pass, and why each one
 * does or does not. Apart from index.ts so the browser loads it on demand (the player imports it dynamically after its
 * first paint; the sandbox never does), while the server, tools and tests import it as usual.
 */
export { analyzeChoices } from "./analysis/analyze";
export type { AnalyzeOptions } from "./analysis/analyze";
