import "server-only";
import { db } from "@/lib/db";
import type { RateLimitResult, RateLimitRule } from "@/lib/rate-limit/rules";

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
