/** Variants of a networking question: declared variables, drawn from a seed, proven by the choice analysis. */
export {
  VARIANT_OS,
  VARIANT_SERVICES,
  declarationProblems,
  variableSchema,
  variablesSchema,
  type VariableDeclaration,
} from "./declaration";
export {
  VARIANT_REJECTION_REASONS,
  firstCleanVariant,
  generateVariant,
  sampleVariants,
  type TemplateTexts,
  type Variant,
  type VariantLang,
  type VariantRejectionReason,
  type VariantResult,
  type VariantTemplate,
  type VariantVerdict,
} from "./generate";
export type { DrawnValue } from "./rewrite";
export { MAX_VARIANT_SEED, isVariantSeed } from "./prng";
export { VARIANT_LAYERS, type VariantLayer } from "./declaration";
export { explainedKey, keyMoves } from "./generate";
export { unmatchedWords } from "./structural";
