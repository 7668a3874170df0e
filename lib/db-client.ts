import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Connections per app server when DATABASE_POOL_SIZE is not set (see README: several app servers). */
export const DEFAULT_POOL_SIZE = 10;

/**
 * A Prisma client on PostgreSQL through the pg driver adapter (no native query engine), and the pg pool under it.
 * The pool is exposed for the few hot statements that run as named prepared statements (parsed and planned once per
 * connection), such as the practice answer (lib/server/quiz/grade-answer-sql.ts); they share the pool's connections.
 * Password hashes are omitted from every result unless a query asks for them with `omit: { passwordHash: false }`.
 */
export function createDatabase(connectionString: string, { maxConnections = DEFAULT_POOL_SIZE } = {}) {
  // A request waits at most 10 s for a free connection (pg's default is forever: one lost connection under a burst
  // then stalled every request queued behind it, and the server's shutdown with them; issue #16), as transactions do.
  const pool = new pg.Pool({ connectionString, max: maxConnections, connectionTimeoutMillis: 10_000 });
  const db = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    omit: { user: { passwordHash: true } },
    // Under a burst every connection may be busy for a while: wait for one rather than fail with P2028 after 2 s.
    transactionOptions: { maxWait: 10_000 },
  });
  return { db, pool };
}

export function createPrismaClient(connectionString: string, options: { maxConnections?: number } = {}) {
  return createDatabase(connectionString, options).db;
}

export type Db = ReturnType<typeof createPrismaClient>;
