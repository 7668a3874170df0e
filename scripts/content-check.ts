// `npm run content:check [content-dir]`: validates every question bank; prints `file:line:column  reason` per problem
// and a summary line, and exits 1 when there is any problem (it runs in `npm test` and CI).
import path from "node:path";
import { loadCheckedBank } from "../lib/content/check/check-bank";
import { createProgress } from "./lib/cli-progress";
import { errorsOf, formatProblem } from "../lib/content/parse/problem";
import { runMain } from "./lib/run-main";
import { formatVariantSummary, VARIANT_SAMPLE } from "../lib/content/check/check-variants";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const contentDir = path.resolve(process.argv[2] ?? path.join(root, "content"));
  const progress = createProgress();
  const started = performance.now();
  const bank = await loadCheckedBank(contentDir, {
    repoRoot: root,
    onProgress: (done, total) => progress.update("reading files", done, total),
    onScenarioProgress: (done, total) => progress.update("replaying scenarios", done, total),
    // Locally a missing English file is a warning (a writer may translate later); in CI it fails the run.
    isTranslationRequired: process.env.CI === "true",
  });
  progress.clear();
  for (const problem of bank.problems) console.log(formatProblem(problem));
  const { summaries, milliseconds, cpuMilliseconds } = bank.variants;
  if (summaries.length > 0) {
    const seconds = (milliseconds / 1000).toFixed(1);
    const cpu = (cpuMilliseconds / 1000).toFixed(1);
    console.log(
      `variants: ${summaries.length} questions with variables, ${VARIANT_SAMPLE} seeds each (${seconds} s, ${cpu} s CPU):`,
    );
    for (const summary of summaries) console.log(`  ${formatVariantSummary(summary)}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const count = errorsOf(bank.problems).length;
  const warnings = bank.problems.length - count;
  const warningText = warnings > 0 ? `, ${warnings} ${warnings === 1 ? "warning" : "warnings"}` : "";
  console.log(
    `${bank.fileCount} files, ${bank.questions.length} question${bank.questions.length === 1 ? "" : "s"}, ${count} ${count === 1 ? "problem" : "problems"}${warningText} (${seconds} s)`,
  );
  return count === 0 ? 0 : 1;
}

runMain(main);
