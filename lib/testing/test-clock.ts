// The test clock, test wiring only: production code reaches it solely through lib/request-context.ts, and only when
// KAISETSU_TEST_HOOKS=1 (the dependency rule "test-wiring-only-through-context" in .dependency-cruiser.cjs keeps it so).
//
// A row in `kaisetsu_test_clock`, a table that NO migration creates (tests create it themselves), read only when
// KAISETSU_TEST_HOOKS=1 and the database is on loopback. Three locks, so production cannot move time: the start script
// never sets the flag, a production database is not on 127.0.0.1, and the table does not exist there. Its state lives
// in PostgreSQL so every app server of a test run sees the same time, and a test moves it without sleeping.
// No imports: the e2e specs (Playwright's loader) and the integration tests use it with their own database client.

export const TEST_CLOCK_TABLE = "kaisetsu_test_clock";

type Sql = {
  $queryRawUnsafe<T>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

export function areTestHooksEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.KAISETSU_TEST_HOOKS !== "1") return false;
  try {
    const host = new URL(env.DATABASE_URL ?? "").hostname;
    return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
  } catch {
    return false;
  }
}

/** Real time plus the shared offset (no table: nobody has moved the clock). */
export async function testClockNow(db: Pick<Sql, "$queryRawUnsafe">): Promise<Date> {
  let offset = 0;
  try {
    const rows = await db.$queryRawUnsafe<{ offset_ms: bigint | number }[]>(
      `SELECT offset_ms FROM ${TEST_CLOCK_TABLE} WHERE id = 1`,
    );
    offset = Number(rows[0]?.offset_ms ?? 0);
  } catch {
    offset = 0;
  }
  return new Date(Date.now() + offset);
}

/** Moves every app server's clock to real time + offset, without sleeping. */
export async function setTestClockOffset(db: Pick<Sql, "$executeRawUnsafe">, offsetMs: number): Promise<void> {
  await db.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS ${TEST_CLOCK_TABLE} (id int PRIMARY KEY, offset_ms bigint NOT NULL)`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO ${TEST_CLOCK_TABLE} (id, offset_ms) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET offset_ms = EXCLUDED.offset_ms`,
    offsetMs,
  );
}
