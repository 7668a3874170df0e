// `npm test`: every check, in order, each starting what it needs (PostgreSQL, the app) and stopping it afterwards.
// Prints one line per step and a closing "N passed, N failed" line counting the tests of every runner.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensurePrismaClient, root } from "./lib/build";

type Counts = { passed: number; failed: number; skipped: number };
type Step = {
  name: string;
  command: string[];
  env?: Record<string, string | undefined>;
  counts?: () => Counts | undefined;
};

const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const results = path.join(root, "test-results");

function vitestCounts(file: string): () => Counts | undefined {
  return () => {
    if (!existsSync(file)) return undefined;
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  };
}

function playwrightCounts(file: string): () => Counts | undefined {
  return () => {
    if (!existsSync(file)) return undefined;
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    return {
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected,
      skipped: report.stats.skipped,
    };
  };
}

const steps: Step[] = [
  { name: "lint", command: [bin("eslint"), "--max-warnings=0", "."] },
  // The import boundaries and no circles (.dependency-cruiser.cjs; CODE_STYLE.md rule 12).
  {
    name: "layers",
    command: [
      bin("depcruise"),
      "--config",
      ".dependency-cruiser.cjs",
      "app",
      "components",
      "lib",
      "auth.ts",
      "auth.config.ts",
      "proxy.ts",
    ],
  },
  { name: "format", command: [bin("prettier"), "--check", "."] },
  { name: "types", command: [bin("tsc"), "--noEmit", "-p", "tsconfig.json"] },
  { name: "types (scripts, tests)", command: [bin("tsc"), "--noEmit", "-p", "tsconfig.scripts.json"] },
  { name: "content check", command: [process.execPath, "--import", "tsx", "scripts/content-check.ts"] },
  // Informative (it exits 0 whatever the figures), so CI's log shows the bank against its targets.
  { name: "content stats", command: [process.execPath, "--import", "tsx", "scripts/content-stats.ts"] },
  {
    name: "unit",
    command: [
      bin("vitest"),
      "run",
      "--project",
      "unit",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${results}/unit.json`,
    ],
    counts: vitestCounts(`${results}/unit.json`),
  },
  {
    name: "integration (PostgreSQL)",
    command: [
      bin("vitest"),
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${results}/integration.json`,
    ],
    counts: vitestCounts(`${results}/integration.json`),
  },
  {
    name: "e2e (Chromium)",
    command: [bin("playwright"), "test"],
    env: { E2E_DIST_DIR: ".next-e2e" },
    counts: playwrightCounts(`${results}/e2e.json`),
  },
];

function main(): number {
  const only = process.argv.slice(2);
  rmSync(results, { recursive: true, force: true });
  ensurePrismaClient();
  const summary: string[] = [];
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  let failedSteps = 0;
  for (const step of steps) {
    if (only.length > 0 && !only.some((name) => step.name.startsWith(name))) continue;
    console.log(`\n━━ ${step.name} ━━`);
    const started = Date.now();
    const [command, ...args] = step.command as [string, ...string[]];
    const result = spawnSync(command, args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const counts = step.counts?.();
    // A runner's own report decides too: a step with a failed test fails even if its process exited 0 (seen once with
    // vitest when a test file left process.exitCode set), so `npm test` can never pass over a failed test.
    const isOk = result.status === 0 && (counts?.failed ?? 0) === 0;
    if (counts) {
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    } else {
      // A step without test counts (lint, types, content) counts as one check.
      if (isOk) total.passed += 1;
      else total.failed += 1;
    }
    if (!isOk) failedSteps += 1;
    const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : "";
    summary.push(`${isOk ? "✓" : "✗"} ${step.name}${detail} in ${seconds}s`);
  }
  console.log(`\n━━ summary ━━\n${summary.join("\n")}`);
  if (failedSteps > 0 && total.failed === 0) total.failed = failedSteps;
  console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return failedSteps === 0 ? 0 : 1;
}

process.exit(main());
