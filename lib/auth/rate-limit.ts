import "server-only";
import { db } from "@/lib/db";

export type RateLimitRule = { limit: number; windowMs: number };

/** The limits in one place, so tests and docs name the same numbers. */
export const rateLimits = {
  /** Failed guesses at one account from one address: then that address must wait (others are not affected). */
  signInPerAccountAndIp: { limit: 10, windowMs: 15 * 60_000 },
  signInPerIp: { limit: 300, windowMs: 15 * 60_000 },
  /** Attempts at one account from anywhere: past the limit each attempt is slowed down, never refused (no lock-out). */
  signInSlowdownPerAccount: { limit: 10, windowMs: 15 * 60_000 },
  signUpPerIp: { limit: 100, windowMs: 60 * 60_000 },
  postPerUser: { limit: 10, windowMs: 10 * 60_000 },
  reportPerUser: { limit: 20, windowMs: 60 * 60_000 },
} satisfies Record<string, RateLimitRule>;

export type RateLimitResult = { isAllowed: boolean; count: number; resetAt: Date };

/**
 * Counts one attempt against `key` in a fixed window kept in PostgreSQL (shared by every app server), atomically:
 * one upsert that starts a new window when the old one has ended. Allowed while the count stays within the limit.
 */
export async function consumeRateLimit(
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowEndsBefore = new Date(now.getTime() - rule.windowMs);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowEndsBefore} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowEndsBefore} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error(`Rate limit upsert returned no row for ${key}`);
  return {
    isAllowed: row.count <= rule.limit,
    count: row.count,
    resetAt: new Date(row.windowStart.getTime() + rule.windowMs),
  };
}

/** Forgets a key's window (after a successful sign-in, the per-email counter starts over). */
export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** The delay before checking a password, for the nth attempt at one account in its window: none up to the limit, then 0.5 s more per attempt, at most 5 s. */
export function signInDelayMs(attempt: number, rule: RateLimitRule = rateLimits.signInSlowdownPerAccount): number {
  return Math.min(Math.max(0, attempt - rule.limit) * 500, 5_000);
}
