/**
 * Authoring entry point: everything in index.ts plus reading scenarios from YAML and Markdown (the CLI, the content
 * checker, tests). Not for the browser bundle: it pulls in the YAML parser.
 */
export * from './index';
export { parseScenario } from './scenario/parse';
export type { ScenarioError, ParseResult } from './scenario/parse';
export { extractNetsimBlock } from './scenario/markdown-block';
