// Telling "the database is unreachable for the moment" apart from a bug (issue #10, finding 5). During a PostgreSQL
// restart or when the pool is exhausted, Prisma throws; that must reach the reader as "temporarily unavailable,
// retrying" and never as "please sign in" or a lost answer. Pure: looks only at the error objects.

/** Thrown where a database outage must not be mistaken for anything else (a session lookup that failed). */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("The database is temporarily unavailable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

// P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the connection,
// P2024 timed out fetching a connection from the pool, P2028 transaction API error (pool exhausted: "Unable to start a
// transaction in the given time"), P2034 write conflict or deadlock (retry).
const unavailableCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
// What the pg driver adapter reports in meta.driverAdapterError.cause.kind.
const unavailableKinds = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);
// SQLSTATE classes 08 (connection exception), 53300 too many connections, 57P01-57P03 shutdown / cannot connect now.
const unavailableSqlState = /^(08|53300|57P0[123])/;
const unavailableMessage =
  /can't reach database|connection terminated|connection (is )?closed|econnrefused|econnreset|terminating connection|the database system is (starting up|shutting down|in recovery mode)|timed out fetching a new connection|unable to start a transaction/i;

type Inspectable = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  meta?: unknown;
  cause?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  err?: unknown;
};

/** True when the error (or one it wraps) says the database is unreachable, restarting or out of connections. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== "object") return false;
  const value = error as Inspectable;
  if (value instanceof DatabaseUnavailableError || value.name === "PrismaClientInitializationError") return true;
  if (
    typeof value.code === "string" &&
    (unavailableCodes.has(value.code) ||
      unavailableSqlState.test(value.code) ||
      value.code === "ECONNREFUSED" ||
      value.code === "ECONNRESET")
  )
    return true;
  if (typeof value.originalCode === "string" && unavailableSqlState.test(value.originalCode)) return true;
  if (typeof value.kind === "string" && unavailableKinds.has(value.kind)) return true;
  if (typeof value.message === "string" && unavailableMessage.test(value.message)) return true;
  const meta = value.meta as { driverAdapterError?: { cause?: unknown } } | undefined;
  if (
    meta?.driverAdapterError &&
    isDatabaseUnavailable(meta.driverAdapterError.cause ?? meta.driverAdapterError, depth + 1)
  )
    return true;
  return isDatabaseUnavailable(value.cause, depth + 1) || isDatabaseUnavailable(value.err, depth + 1);
}
