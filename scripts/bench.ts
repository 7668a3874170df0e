// `npm run bench`: every benchmark in bench/*.ts, one after another, each printing its own figures.
// A throwaway migrated PostgreSQL is started once and handed to them as BENCH_DATABASE_URL (each bench that writes
// uses its own database on it, or cleans up). Benchmarks print figures; they never pass or fail on time.
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensurePrismaClient, root } from "./lib/build";
import { findFreePort, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { migrateDeploy } from "./lib/migrate";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  ensurePrismaClient();
  const files = readdirSync(path.join(root, "bench"))
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
    .sort();
  const dir = await mkdtemp(path.join(os.tmpdir(), "kaisetsu-bench-"));
  const database = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: await findFreePort(),
    isPersistent: false,
    isFast: false,
  });
  migrateDeploy(database.url);
  process.env.BENCH_DATABASE_URL = database.url;
  console.log(`Node ${process.version}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`);
  try {
    for (const file of files) {
      console.log(`━━ ${file} ━━`);
      const benchModule = (await import(pathToFileURL(path.join(root, "bench", file)).href)) as {
        default: () => Promise<void>;
      };
      await benchModule.default();
      console.log("");
    }
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
