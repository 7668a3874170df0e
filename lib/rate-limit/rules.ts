// Rate limiting (sign-in, sign-up, mail, forum posts and reports): the rules, pure. Counting lives in lib/server/rate-limit.

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

/** The delay before checking a password, for the nth attempt at one account in its window: none up to the limit, then 0.5 s more per attempt, at most 5 s. */
export function signInDelayMs(attempt: number, rule: RateLimitRule = rateLimits.signInSlowdownPerAccount): number {
  return Math.min(Math.max(0, attempt - rule.limit) * 500, 5_000);
}
