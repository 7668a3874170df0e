// `npm start`: one command from a fresh clone to a running app.
// Without DATABASE_URL it runs an embedded PostgreSQL (data in .data/postgres, kept between runs); then it applies
// the migrations, seeds the question banks (idempotent), builds when the sources changed, and serves the app.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startAppServer } from "./lib/app-server";
import { ensureBuild, ensurePrismaClient, root, run } from "./lib/build";
import { isPortFree, startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { migrateDeploy } from "./lib/migrate";
import { supervise } from "./lib/supervise";

const dataDir = path.join(root, ".data");

/** A stable local AUTH_SECRET, so sessions survive restarts; production sets its own. */
function localAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`PORT must be a TCP port number, not "${process.env.PORT}".`);
  if (!(await isPortFree(port, "0.0.0.0")))
    throw new Error(`Port ${port} is already in use: stop the other program or run with PORT=<another port>.`);

  // The seeder needs the generated Prisma client, and npm install runs no scripts to make it.
  ensurePrismaClient();
  let database: RunningPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dbPort = Number(process.env.KAISETSU_DB_PORT ?? 54329);
    console.log(`Starting the embedded PostgreSQL on 127.0.0.1:${dbPort} (data in .data/postgres) …`);
    database = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      port: dbPort,
      isPersistent: true,
    });
    databaseUrl = database.url;
  }
  const stopDatabase = async () => {
    await database?.stop();
    database = undefined;
  };

  try {
    console.log("Applying database migrations …");
    migrateDeploy(databaseUrl);
    run(process.execPath, ["--import", "tsx", path.join(root, "scripts/seed.ts")], { DATABASE_URL: databaseUrl });
    ensureBuild();
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const env = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? localAuthSecret(),
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
  };
  // Supervised: a crashed app server (kill -9, out of memory) is started again with a backoff while the database keeps
  // running; each exit and restart is logged (scripts/lib/supervise.ts).
  const supervisor = await supervise({
    start: () => startAppServer({ port, host: process.env.HOST ?? "*", env }),
    log: (line) => console.error(`[${new Date().toISOString()}] ${line}`),
  });
  console.log(
    `\nKaisetsu is running on http://localhost:${port}  (Ctrl-C stops the app${database ? " and the embedded database" : ""})`,
  );

  let isStopping = false;
  const shutdown = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    console.log(`\n${signal}: stopping …`);
    await supervisor.stop();
    await stopDatabase();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(`\nKaisetsu could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
