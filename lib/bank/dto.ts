// Plain data shapes this domain's use cases return and its components render: no server imports, so the browser
// side may import them.
import type { Locale } from "@/lib/i18n/locales";

/**
 * What the browser may see of a question before it is graded: no correctness flag, no explanations.
 * The select below names every field on purpose, so a new column never leaks by default.
 */
export type PublicQuestion = {
  id: string;
  examId: string;
  examCode: string;
  domainSlug: string;
  domainTitle: string;
  difficulty: string;
  topics: string[];
  choose: number;
  hasScenario: boolean;
  lang: Locale; // the language actually shown (Japanese when no translation exists)
  stemHtml: string;
  choices: { letter: string; html: string }[];
  /** Set when a review or drill item serves a variant (類題) of the question: the texts above are the variant's. */
  variantSeed?: number;
};
