// `npm run content:stats [content-dir]`: the bank's shape against the targets in each exam.yaml (domains, task
// statements, multiple response, key-is-longest, plumbing, English, facts, service families, key letters), and per
// question with variables how many of 200 sampled variants are clean and why the others were rejected.
// Informative: it exits 0 whatever the figures (content:check is what fails a run); 2 only when it cannot run.
import path from "node:path";
import { loadBank } from "../lib/content/parse/load-bank";
import { computeStats, formatStats } from "../lib/content/stats/stats";
import { formatVariantSummary, sampleBankVariants, VARIANT_SAMPLE } from "../lib/content/check/check-variants";
import { runMain } from "./lib/run-main";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const contentDir = path.resolve(process.argv[2] ?? path.join(root, "content"));
  const bank = await loadBank(contentDir, { repoRoot: root });
  console.log(formatStats(computeStats(bank)));
  const variants = sampleBankVariants(bank.questions);
  if (variants.length > 0) {
    const clean = variants.reduce((n, v) => n + v.clean, 0);
    console.log(
      `\nvariants: ${variants.length} questions with variables, ${VARIANT_SAMPLE} seeds each, ${clean} of ${variants.length * VARIANT_SAMPLE} clean`,
    );
    for (const summary of variants) console.log(`  ${formatVariantSummary(summary)}`);
  }
  if (bank.problems.length > 0)
    console.log(`\n(${bank.problems.length} files could not be read fully: see npm run content:check)`);
  return 0;
}

runMain(main);
