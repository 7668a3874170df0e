// `npm run db:seed [content-dir]`: loads every question bank into PostgreSQL (DATABASE_URL) in one transaction.
// Idempotent: unchanged questions are skipped by content hash. A bank with any problem seeds nothing.
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { createProgress } from "./lib/cli-progress";
import { formatProblem } from "../lib/content/parse/problem";
import { seedContent } from "../lib/content/seed/seed-content";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("db:seed needs DATABASE_URL (postgresql://user:password@host:port/database).");
    return 2;
  }
  const contentDir = path.resolve(process.argv[2] ?? path.join(root, "content"));
  const db = createPrismaClient(url, { maxConnections: 2 });
  const progress = createProgress();
  const started = performance.now();
  try {
    const result = await seedContent(db, contentDir, {
      repoRoot: root,
      onLoadProgress: (done, total) => progress.update("reading files", done, total),
      onScenarioProgress: (done, total) => progress.update("replaying scenarios", done, total),
      onSeedProgress: ({ phase, done, total }) =>
        progress.update(phase === "write" ? "writing rows" : "comparing", done, total),
    });
    progress.clear();
    if (!result.ok) {
      for (const problem of result.problems) console.error(formatProblem(problem));
      console.error(
        `db:seed: ${result.problems.length} problems in the bank; nothing was written (run npm run content:check).`,
      );
      return 1;
    }
    const { added, updated, unchanged, retired } = result.summary;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${result.questionCount} questions from ${result.fileCount} files: ` +
        `${added} added, ${updated} updated, ${unchanged} unchanged, ${retired} retired (${seconds} s)`,
    );
    return 0;
  } finally {
    progress.clear();
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
