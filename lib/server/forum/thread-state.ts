import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Serializes every forum transition of one thread: the first statement of each transaction takes the thread's row
 * lock, so the statements after it read what the previous transition committed (READ COMMITTED takes a fresh snapshot
 * per statement). Returns the thread's lock and author as of now, or null when the thread is gone.
 */
export async function lockThread(
  tx: Tx,
  threadId: string,
): Promise<{ id: string; lockedAt: Date | null; authorId: string | null } | null> {
  const rows = await tx.$queryRaw<{ id: string; lockedAt: Date | null; authorId: string | null }[]>`
    SELECT "id", "lockedAt", "authorId" FROM "Thread" WHERE "id" = ${threadId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Sets the thread's post count to what its posts say (live: neither deleted nor hidden), in one statement. */
export async function recountThread(tx: Tx, threadId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ postCount: number }[]>`
    UPDATE "Thread" SET "postCount" = (
      SELECT count(*)::int FROM "Post" WHERE "threadId" = ${threadId} AND "deletedAt" IS NULL AND "hiddenAt" IS NULL)
    WHERE "id" = ${threadId} RETURNING "postCount"`;
  return rows[0]?.postCount ?? 0;
}
