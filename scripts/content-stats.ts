// `npm run content:stats [content-dir]`: the bank's shape against the targets in each exam.yaml (domains, task
// statements, multiple response, key-is-longest, plumbing, English, facts, service families, key letters).
// Informative: it exits 0 whatever the figures (content:check is what fails a run); 2 only when it cannot run.
import path from "node:path";
import { loadBank } from "../lib/content/parse/load-bank";
import { computeStats, formatStats } from "../lib/content/stats/stats";
import { runMain } from "./lib/run-main";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const contentDir = path.resolve(process.argv[2] ?? path.join(root, "content"));
  const bank = await loadBank(contentDir, { repoRoot: root });
  console.log(formatStats(computeStats(bank)));
  if (bank.problems.length > 0)
    console.log(`\n(${bank.problems.length} files could not be read fully: see npm run content:check)`);
  return 0;
}

runMain(main);
