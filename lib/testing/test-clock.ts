import "server-only";
import { db } from "@/lib/db";

/**
 * The test clock: a row in `kaisetsu_test_clock`, a table that NO migration creates (tests create it themselves),
 * read only when KAISETSU_TEST_HOOKS=1 and the database is on loopback. Three locks, so production cannot move time:
 * the start script never sets the flag, a production database is not on 127.0.0.1, and the table does not exist there.
 * Its state lives in PostgreSQL so every app server of a test run sees the same time, and a test moves it without sleeping.
 */
export const TEST_CLOCK_TABLE = "kaisetsu_test_clock";

function areTestHooksEnabled(): boolean {
  if (process.env.KAISETSU_TEST_HOOKS !== "1") return false;
  try {
    const host = new URL(process.env.DATABASE_URL ?? "").hostname;
    return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
  } catch {
    return false;
  }
}

async function testClockOffsetMs(): Promise<number> {
  try {
    const rows = await db.$queryRawUnsafe<{ offset_ms: bigint | number }[]>(
      `SELECT offset_ms FROM ${TEST_CLOCK_TABLE} WHERE id = 1`,
    );
    return Number(rows[0]?.offset_ms ?? 0);
  } catch {
    return 0; // no table: nobody has moved the clock
  }
}

/** The server's current time, which decides exam deadlines. Call it outside transactions. */
export async function now(): Promise<Date> {
  const offset = areTestHooksEnabled() ? await testClockOffsetMs() : 0;
  return new Date(Date.now() + offset);
}
