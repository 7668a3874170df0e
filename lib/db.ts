import "server-only";
import type pg from "pg";
import { createDatabase, type Db } from "@/lib/db-client";
import { getEnv } from "@/lib/env";

// One client per server process, created on first use (so `next build` needs no database), and kept on
// globalThis so hot reload in development does not open new pools.
const globalForDb = globalThis as unknown as { kaisetsuDatabase?: ReturnType<typeof createDatabase> };

function database(): ReturnType<typeof createDatabase> {
  const env = getEnv();
  globalForDb.kaisetsuDatabase ??= createDatabase(env.DATABASE_URL, { maxConnections: env.DATABASE_POOL_SIZE });
  return globalForDb.kaisetsuDatabase;
}

export const db: Db = new Proxy({} as Db, {
  get: (_target, property) => Reflect.get(database().db, property),
});

/** The pg pool under `db` (same connections), for hot statements run as named prepared statements. */
export function sqlPool(): pg.Pool {
  return database().pool;
}
