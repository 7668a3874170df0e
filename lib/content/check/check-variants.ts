/**
 * The variant check: every question that declares variables has 200 variants sampled (seeds 1…200); each is rewritten
 * and proven by the choice analysis. The question fails when fewer than a quarter of them are clean (its declaration lets
 * the facts drift away from what its templates explain). The summary says, per question, how many were clean and why
 * the others were rejected (content-check prints it).
 */
import { sampleVariants, type Scenario, type VariantRejectionReason } from "../../netsim/authoring";
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
    const result = sampleVariants(template, sample);
    summaries.push({ id: question.id, clean: result.clean, total: result.total, rejections: result.rejections });
    if (result.clean < sample * MIN_CLEAN_SHARE) {
      const reasons = result.examples.flatMap((e) => (e.ok ? [] : [`${e.reason} (seed ${e.seed}: ${e.detail})`]));
      problems.push(
        problemAt(
          primary.file,
          at,
          `variables: only ${result.clean} of ${sample} sampled variants are clean (at least ${sample * MIN_CLEAN_SHARE} must be); ` +
            `rejected: ${reasons.join("; ")}; see npm run content:variants -- ${question.id}`,
        ),
      );
    }
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { problems, summaries, milliseconds: performance.now() - started, cpuMilliseconds: (cpu.user + cpu.system) / 1000 };
}

/** One line per question: `net-0001  clean 183/200  key-changed 17`. */
export function formatVariantSummary(s: VariantSummary): string {
  const reasons = Object.entries(s.rejections).map(([reason, n]) => `${reason} ${n}`);
  return `${s.id}  clean ${s.clean}/${s.total}${reasons.length ? `  ${reasons.join(", ")}` : ""}`;
}
