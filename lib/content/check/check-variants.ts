/**
 * The variant check: every question that declares variables has 200 variants sampled (seeds 1…200); each is rewritten
 * and proven by the choice analysis. The question fails when fewer than a quarter of them are clean (its declaration lets
 * the facts drift away from what its templates explain). The summary says, per question, how many were clean and why
 * the others were rejected (content-check prints it).
 */
import {
  parseScenario,
  sampleVariants,
  unmatchedWords,
  type Scenario,
  type VariantRejectionReason,
  type VariantTemplate,
} from "../../netsim/authoring";
import type { JsonObject } from "../parse/json";
import type { BankQuestion } from "../parse/load-bank";
import { problemAt, type Problem } from "../parse/problem";
import { variablesOf, variantTemplateOf } from "../parse/variables";

export const VARIANT_SAMPLE = 200;
/** The share of a sample that must be clean. */
export const MIN_CLEAN_SHARE = 0.25;

export type VariantSummary = {
  id: string;
  clean: number;
  total: number;
  rejections: Partial<Record<VariantRejectionReason, number>>;
};

export function checkVariants(
  questions: readonly BankQuestion[],
  scenarios: ReadonlyMap<string, JsonObject>,
  sample = VARIANT_SAMPLE,
): { problems: Problem[]; summaries: VariantSummary[]; milliseconds: number; cpuMilliseconds: number } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const problems: Problem[] = [];
  const summaries: VariantSummary[] = [];
  for (const question of questions) {
    const { primary } = question;
    const at = primary.positions.frontMatter;
    const { variables, problems: declared } = variablesOf(primary);
    for (const message of declared) problems.push(problemAt(primary.file, at, message));
    if (!variables) continue;
    const scenario = scenarios.get(question.id);
    if (!scenario) {
      if (!primary.scenario) problems.push(problemAt(primary.file, at, "variables: a question with variables needs a scenario"));
      continue;
    }
    if (sample === 0) continue;
    const template = variantTemplateOf(question, variables, scenario as unknown as Scenario);
    for (const u of unmatchedWords(variables, textsOf(template)))
      problems.push(
        problemAt(
          primary.file,
          at,
          `variables: ${u.variable}: texts[${u.index}]: the words for the value as written ("${u.words}") are not in the question's texts`,
        ),
      );
    const result = sampleVariants(template, sample);
    summaries.push({ id: question.id, clean: result.clean, total: result.total, rejections: result.rejections });
    if (result.clean < sample * MIN_CLEAN_SHARE) {
      const example = new Map(result.examples.flatMap((e) => (e.ok ? [] : [[e.reason, e] as const])));
      const reasons = topReasons(result.rejections).map(([reason, n]) => {
        const e = example.get(reason);
        return `${reason} ${n}${e ? ` (seed ${e.seed}: ${e.detail})` : ""}`;
      });
      problems.push(
        problemAt(
          primary.file,
          at,
          `variables: only ${result.clean} of ${sample} sampled variants are clean (at least ${sample * MIN_CLEAN_SHARE} must be); ` +
            `top reasons: ${reasons.join("; ")}; see npm run content:variants -- ${question.id}`,
        ),
      );
    }
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { problems, summaries, milliseconds: performance.now() - started, cpuMilliseconds: (cpu.user + cpu.system) / 1000 };
}

function textsOf(t: VariantTemplate): string[] {
  return Object.values(t.texts).flatMap((x) =>
    x ? [x.stem, x.explanation, ...x.choices.flatMap((c) => [c.text, c.explanation])] : [],
  );
}

/** Rejection counts, most frequent first (ties by reason code). */
export function topReasons(rejections: VariantSummary["rejections"]): [VariantRejectionReason, number][] {
  return (Object.entries(rejections) as [VariantRejectionReason, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** One line per question: `net-0001  183 of 200 clean  rejected: key-changed 12, equivalent-choices 5`. */
export function formatVariantSummary(s: VariantSummary): string {
  const reasons = topReasons(s.rejections).map(([reason, n]) => `${reason} ${n}`);
  return `${s.id}  ${s.clean} of ${s.total} clean${reasons.length ? `  rejected: ${reasons.join(", ")}` : ""}`;
}

/**
 * The variant sample of every question with variables, parsing their scenarios here (for content:stats, which reads
 * the bank without replaying it). Questions whose declaration or scenario is unusable are left out (content:check
 * reports them).
 */
export function sampleBankVariants(questions: readonly BankQuestion[], sample = VARIANT_SAMPLE): VariantSummary[] {
  const scenarios = new Map<string, JsonObject>();
  for (const q of questions) {
    if (q.primary.frontMatter.variables === undefined || !q.primary.scenario) continue;
    const parsed = parseScenario(q.primary.scenario.source);
    if (parsed.ok) scenarios.set(q.id, { ...parsed.scenario, key: undefined } as unknown as JsonObject);
  }
  return checkVariants(questions, scenarios, sample).summaries;
}
