import "server-only";
import type { RateLimitRule } from "@/lib/rate-limit/rules";

/** How many account mails one address, user or client may trigger: enough for a human, too few to spam a mailbox. */
export const mailLimits = {
  resetPerEmail: { limit: 5, windowMs: 60 * 60_000 },
  resetPerIp: { limit: 30, windowMs: 60 * 60_000 },
  verificationPerUser: { limit: 5, windowMs: 60 * 60_000 },
} satisfies Record<string, RateLimitRule>;
