/**
 * generateVariant(template, seed): draws the question's declared variables from the seed, rewrites the texts (ja and
 * en) and the scenario, and proves the variant with the simulator's choice analysis. A variant is clean only when the
 * analysis derives one key, of exactly the declared size and equal to the template's marks (the templated
 * explanations say which choices are right), every distractor has a verdict with a reason, and no two choices are the
 * same. Otherwise the result is a rejection with a reason code. Pure and deterministic: (template, seed) → result.
 */
import { analyzeChoices } from "../analysis/analyze";
import type { ChoiceVerdictKind } from "../analysis/results";
import type { Fact } from "../core/fact";
import { explainText } from "../explain/texts";
import type { Scenario } from "../scenario/schema";
import { validateScenario } from "../scenario/validate";
import type { VariableDeclaration } from "./declaration";
import { seededRandom } from "./prng";
import { applyStructureToScenario, structureTextRewriter } from "./structural";
import {
  drawSubstitution,
  literalBlocks,
  rewriteScenarioValue,
  rewriterFor,
  ruleNumbersOf,
  stringsOf,
  type DrawnValue,
} from "./rewrite";

export type VariantLang = "ja" | "en";

/** One language's texts of a question (HTML from the database, or Markdown: the rewrite leaves tags alone). */
export type TemplateTexts = {
  stem: string;
  explanation: string;
  choices: { letter: string; text: string; explanation: string }[];
};

export type VariantTemplate = {
  id: string;
  /** How many choices are correct (front matter `choose`). */
  choose: number;
  /** The letters marked `- [x]`, sorted. */
  key: readonly string[];
  variables: readonly VariableDeclaration[];
  scenario: Scenario;
  texts: Partial<Record<VariantLang, TemplateTexts>>;
};

export type VariantRejectionReason =
  | "no-room"
  | "scenario-invalid"
  | "key-size"
  | "key-ambiguous"
  | "key-changed"
  | "distractor-unexplained"
  | "equivalent-choices";

export const VARIANT_REJECTION_REASONS: readonly VariantRejectionReason[] = [
  "no-room",
  "scenario-invalid",
  "key-size",
  "key-ambiguous",
  "key-changed",
  "distractor-unexplained",
  "equivalent-choices",
];

export type VariantVerdict = { verdict: ChoiceVerdictKind; reason: Fact };

export type Variant = {
  questionId: string;
  seed: number;
  values: DrawnValue[];
  scenario: Scenario;
  texts: Partial<Record<VariantLang, TemplateTexts>>;
  /** The key the analysis derived (sorted letters). */
  key: string[];
  verdicts: Record<string, VariantVerdict>;
};

export type VariantResult =
  | { ok: true; variant: Variant }
  | {
      ok: false;
      seed: number;
      values: DrawnValue[];
      reason: VariantRejectionReason;
      detail: string;
      /** When the analysis ran (key-size, key-ambiguous, key-changed, distractor-unexplained): its key and verdicts. */
      analysis?: { key: string[]; verdicts: Record<string, VariantVerdict> };
    };

/** The template's facts that do not depend on the seed (sampleVariants computes them once for its whole sample). */
type Prepared = { literals: ReturnType<typeof literalBlocks>; usedRules: Set<number> };

function prepare(t: VariantTemplate): Prepared {
  const texts = Object.values(t.texts).flatMap((x) =>
    x ? [x.stem, x.explanation, ...x.choices.flatMap((c) => [c.text, c.explanation])] : [],
  );
  const declared = new Set(t.variables.flatMap((v) => (v.kind === "rule-numbers" ? v.value : [])));
  const usedRules = new Set([...ruleNumbersOf(t.scenario)].filter((n) => !declared.has(n)));
  return { literals: literalBlocks([...texts, ...stringsOf(t.scenario)]), usedRules };
}

const sameLetters = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

type Drawn = ReturnType<typeof drawSubstitution>;

function draw(template: VariantTemplate, seed: number, prepared: Prepared = prepare(template)): Drawn {
  const { literals, usedRules } = prepared;
  return drawSubstitution(template.variables, seededRandom(seed), literals, usedRules);
}

export function generateVariant(template: VariantTemplate, seed: number): VariantResult {
  return verify(template, seed, draw(template, seed));
}

function verify(template: VariantTemplate, seed: number, drawn: Drawn): VariantResult {
  if ("noRoom" in drawn)
    return { ok: false, seed, values: [], reason: "no-room", detail: `no free block for ${drawn.noRoom}` };
  const { sub, values } = drawn;
  const reject = (reason: VariantRejectionReason, detail: string): VariantResult => ({
    ok: false,
    seed,
    values,
    reason,
    detail,
  });
  const r = rewriterFor(sub);
  const structured = applyStructureToScenario(template.scenario, sub.structure);
  if ("problem" in structured) return reject("scenario-invalid", structured.problem);
  const scenario = rewriteScenarioValue(structured.scenario, r) as Scenario;
  const problems = validateScenario(scenario);
  if (problems.length > 0) return reject("scenario-invalid", problems.map((p) => p.message).join("; "));

  const s = structureTextRewriter(sub.structure);
  const sExplained = structureTextRewriter(sub.structure, { swaps: false });
  const texts: Partial<Record<VariantLang, TemplateTexts>> = {};
  for (const lang of ["ja", "en"] as const) {
    const t = template.texts[lang];
    if (!t) continue;
    texts[lang] = {
      stem: r.text(s(t.stem)),
      explanation: r.text(sExplained(t.explanation)),
      choices: t.choices.map((c) => ({
        letter: c.letter,
        text: r.text(s(c.text)),
        explanation: r.text(sExplained(c.explanation)),
      })),
    };
  }

  // No two choices the same: the same changes (a choice that changes nothing is not compared), or the same words.
  const letters = Object.keys(scenario.choices).sort();
  for (const [i, a] of letters.entries())
    for (const b of letters.slice(i + 1)) {
      const ca = scenario.choices[a] ?? [];
      const cb = scenario.choices[b] ?? [];
      if (ca.length > 0 && JSON.stringify(ca) === JSON.stringify(cb))
        return reject("equivalent-choices", `${a} and ${b} make the same changes`);
    }
  for (const lang of ["ja", "en"] as const) {
    const seen = new Map<string, string>();
    for (const c of texts[lang]?.choices ?? []) {
      const other = seen.get(c.text);
      if (other) return reject("equivalent-choices", `${other} and ${c.letter} read the same (${lang})`);
      seen.set(c.text, c.letter);
    }
  }

  const analysis = analyzeChoices(scenario, { choose: template.choose, expectedKey: [...template.key] });
  const key = analysis.derivedKey;
  const verdicts: Record<string, VariantVerdict> = {};
  for (const letter of letters) {
    const v = analysis.choices[letter];
    if (v) verdicts[letter] = { verdict: v.verdict, reason: v.reason };
  }
  const rejectAnalysed = (reason: VariantRejectionReason, detail: string): VariantResult => ({
    ok: false,
    seed,
    values,
    reason,
    detail,
    analysis: { key, verdicts },
  });
  if (key.length !== template.choose)
    return rejectAnalysed(
      "key-size",
      `the analysis derives ${key.length} answer(s) [${key.join(", ")}], the question asks for ${template.choose}`,
    );
  if (analysis.alternatives.length > 0)
    return rejectAnalysed(
      "key-ambiguous",
      `other working keys: ${analysis.alternatives.map((k) => k.join("")).join(", ")}`,
    );
  // A draw that may move the key (a structural variable) is checked against what its rewritten explanations say.
  const explained = keyMoves(template) ? explainedKey(texts) : { key: [...template.key] };
  if ("problem" in explained) return rejectAnalysed("key-changed", explained.problem);
  if (!sameLetters(key, explained.key))
    return rejectAnalysed(
      "key-changed",
      `the analysis derives [${key.join(", ")}], the ${keyMoves(template) ? "rewritten explanations mark" : "templates explain"} [${explained.key.join(", ")}]`,
    );
  for (const letter of letters) {
    const v = analysis.choices[letter];
    if (!v) return rejectAnalysed("distractor-unexplained", `no verdict for ${letter}`);
    if (!key.includes(letter)) {
      const text = explainText(v.reason);
      if (v.verdict === "needed" || !v.reason.code || !text.ja || !text.en)
        return rejectAnalysed("distractor-unexplained", `${letter} (${v.verdict}) has no reason`);
    }
  }
  return { ok: true, variant: { questionId: template.id, seed, values, scenario, texts, key, verdicts } };
}

/** Whether a draw may move the key: a missing-layer or ip-family variable, or any variable with `texts:`. */
export function keyMoves(template: Pick<VariantTemplate, "variables">): boolean {
  return template.variables.some(
    (v) => v.kind === "missing-layer" || v.kind === "ip-family" || ("texts" in v && (v.texts?.length ?? 0) > 0),
  );
}

const MARKS = {
  // The Japanese marks for "correct" and "incorrect", escaped (no Japanese in simulation sources).
  ja: { right: /^\u6b63\u89e3/, wrong: /^\u4e0d\u6b63\u89e3/ },
  en: { right: /^Correct\b/, wrong: /^Incorrect\b/ },
} as const;

/**
 * The letters whose (rewritten) explanation starts with the "correct" mark, in every language the variant has; a
 * problem when a choice's explanation starts with neither, or the languages disagree.
 */
export function explainedKey(
  texts: Partial<Record<VariantLang, TemplateTexts>>,
): { key: string[] } | { problem: string } {
  let found: string[] | null = null;
  for (const lang of ["ja", "en"] as const) {
    const t = texts[lang];
    if (!t) continue;
    const letters: string[] = [];
    for (const c of t.choices) {
      const plain = c.explanation.replace(/<[^>]*>/g, "").trim();
      if (MARKS[lang].wrong.test(plain)) continue;
      if (MARKS[lang].right.test(plain)) letters.push(c.letter);
      else
        return {
          problem: `${c.letter}'s ${lang} explanation starts with neither ${lang === "ja" ? "\u6b63\u89e3 nor \u4e0d\u6b63\u89e3" : "Correct nor Incorrect"}`,
        };
    }
    letters.sort();
    if (found && !sameLetters(found, letters))
      return { problem: `the ja explanations mark [${found.join(", ")}], the en ones [${letters.join(", ")}]` };
    found = letters;
  }
  return { key: found ?? [] };
}

/** Seeds tried, in order, when serving a variant: the first clean one is served (null when none of them is). */
export function firstCleanVariant(template: VariantTemplate, seeds: readonly number[]): Variant | null {
  for (const seed of seeds) {
    const result = generateVariant(template, seed);
    if (result.ok) return result.variant;
  }
  return null;
}

/** Samples `count` seeds (1…count, or from `start`) and counts clean variants and rejections by reason. */
export function sampleVariants(
  template: VariantTemplate,
  count: number,
  start = 1,
): {
  clean: number;
  total: number;
  rejections: Partial<Record<VariantRejectionReason, number>>;
  examples: VariantResult[];
} {
  let clean = 0;
  const rejections: Partial<Record<VariantRejectionReason, number>> = {};
  const examples: VariantResult[] = [];
  // Equal drawn values give equal verdicts: each distinct draw is analysed once (keeps content:check fast).
  const memo = new Map<string, VariantResult>();
  const prepared = prepare(template);
  for (let seed = start; seed < start + count; seed++) {
    const drawn = draw(template, seed, prepared);
    const signature = "noRoom" in drawn ? `!${drawn.noRoom}` : JSON.stringify(drawn.values);
    let result = memo.get(signature);
    if (!result) {
      result = verify(template, seed, drawn);
      memo.set(signature, result);
    }
    if (result.ok) clean++;
    else {
      rejections[result.reason] = (rejections[result.reason] ?? 0) + 1;
      if (!examples.some((e) => !e.ok && e.reason === result.reason)) examples.push(result);
    }
  }
  return { clean, total: count, rejections, examples };
}
