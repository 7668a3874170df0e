import type { Db } from "../../db-client";
import { loadCheckedBank, type CheckBankOptions, type CheckedBank } from "../check/check-bank";
import { toSeedQuestion } from "./content-hash";
import type { LoadBankOptions } from "../parse/load-bank";
import { blockingProblemsOf, type Problem } from "../parse/problem";
import { seedBank, type SeedInput, type SeedOptions, type SeedSummary } from "./seed-bank";
import { seedMisconceptions } from "./seed-misconceptions";

export type SeedContentResult =
  | { ok: true; summary: SeedSummary; fileCount: number; questionCount: number }
  | { ok: false; problems: Problem[]; fileCount: number; questionCount: number };

export interface SeedContentOptions {
  repoRoot?: string;
  onLoadProgress?: LoadBankOptions["onProgress"];
  onScenarioProgress?: CheckBankOptions["onScenarioProgress"];
  onSeedProgress?: SeedOptions["onProgress"];
  now?: Date;
}

/**
 * The rows to write for a checked bank. Throws when the bank has a blocking problem: a broken bank must never be seeded
 * (an item-writing rule or a warning does not block: content:check enforces those in CI).
 */
export function toSeedInput(bank: CheckedBank): SeedInput {
  const blocking = blockingProblemsOf(bank.problems);
  if (blocking.length > 0) throw new Error(`refusing to seed a bank with ${blocking.length} problems`);
  return {
    exams: bank.exams.map((exam) => exam.definition),
    questions: bank.questions.map((question) => toSeedQuestion(question, bank.scenarios.get(question.id) ?? null)),
  };
}

/** Loads, checks and seeds a content directory; with a blocking problem nothing is written and those problems are returned. */
export async function seedContent(
  db: Db,
  contentDir: string,
  options: SeedContentOptions = {},
): Promise<SeedContentResult> {
  const bank = await loadCheckedBank(contentDir, {
    repoRoot: options.repoRoot,
    onProgress: options.onLoadProgress,
    onScenarioProgress: options.onScenarioProgress,
    // Seeding does not sample variants (content:check does): a declaration is still parsed and checked.
    variantSample: 0,
  });
  const counts = { fileCount: bank.fileCount, questionCount: bank.questions.length };
  const blocking = blockingProblemsOf(bank.problems);
  if (blocking.length > 0) return { ok: false, problems: blocking, ...counts };
  const summary = await seedBank(db, toSeedInput(bank), { onProgress: options.onSeedProgress, now: options.now });
  await seedMisconceptions(db, bank.misconceptions);
  return { ok: true, summary, ...counts };
}
