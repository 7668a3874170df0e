import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { getEnv } from "@/lib/env";

// One client per server process, created on first use (so `next build` needs no database), and kept on
// globalThis so hot reload in development does not open new pools.
const globalForDb = globalThis as unknown as { kaisetsuDb?: Db };

function client(): Db {
  globalForDb.kaisetsuDb ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForDb.kaisetsuDb;
}

export const db: Db = new Proxy({} as Db, {
  get: (_target, property) => Reflect.get(client(), property),
});
