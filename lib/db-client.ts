import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A Prisma client on PostgreSQL through the pg driver adapter (no native query engine).
 * Password hashes are omitted from every result unless a query asks for them with `omit: { passwordHash: false }`.
 */
export function createPrismaClient(connectionString: string, { maxConnections = 10 } = {}) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: maxConnections }),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
