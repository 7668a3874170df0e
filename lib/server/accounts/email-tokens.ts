import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/** What a mailed link may do, and for how long. */
export const emailTokenPurposes = {
  verifyEmail: { prefix: "verify-email", ttlMs: 24 * 60 * 60_000 },
  resetPassword: { prefix: "reset-password", ttlMs: 60 * 60_000 },
} as const;
export type EmailTokenPurpose = keyof typeof emailTokenPurposes;

function digest(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/**
 * A fresh single-use token for a mailed link. Only its SHA-256 is stored (in Auth.js's VerificationToken table), so a
 * leaked database cannot be turned into links; issuing one replaces the user's earlier tokens of the same purpose.
 */
export async function issueEmailToken(
  purpose: EmailTokenPurpose,
  userId: string,
  now: Date = new Date(),
): Promise<string> {
  const { prefix, ttlMs } = emailTokenPurposes[purpose];
  const token = randomBytes(32).toString("base64url");
  const identifier = `${prefix}:${userId}`;
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier } }),
    db.verificationToken.create({
      data: { identifier, token: digest(token), expires: new Date(now.getTime() + ttlMs) },
    }),
  ]);
  return token;
}

/**
 * Uses up a token: one DELETE … RETURNING, so of two concurrent uses exactly one gets the user id. Null when the
 * token is unknown, expired, already used or issued for another purpose.
 */
export async function consumeEmailToken(
  purpose: EmailTokenPurpose,
  token: string,
  now: Date = new Date(),
): Promise<string | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const { prefix } = emailTokenPurposes[purpose];
  const rows = await db.$queryRaw<{ identifier: string }[]>`
    DELETE FROM "VerificationToken"
    WHERE "token" = ${digest(token)} AND "identifier" LIKE ${`${prefix}:%`} AND "expires" > ${now}
    RETURNING "identifier"`;
  const identifier = rows[0]?.identifier;
  return identifier ? identifier.slice(prefix.length + 1) : null;
}
