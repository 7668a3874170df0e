/**
 * What every action answers. `isRetryable` marks a failure that says nothing about the input: the database is
 * unreachable for the moment (a restart, the pool exhausted). The client keeps what the user did and sends it again.
 */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]>; isRetryable?: true };
