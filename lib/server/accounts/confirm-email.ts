import "server-only";
import { db } from "@/lib/db";
import { consumeEmailToken } from "@/lib/server/accounts/email-tokens";
import type { VerifiedUser } from "@/lib/server/accounts/verify-credentials";

/** Confirms the address behind a mailed verification token (single use); the user to sign in, or null for a bad link. */
export async function confirmEmail(token: string, now: Date = new Date()): Promise<VerifiedUser | null> {
  const userId = await consumeEmailToken("verifyEmail", token, now);
  if (!userId) return null;
  await db.user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: now } });
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  return user?.email ? { id: user.id, name: user.name, email: user.email } : null;
}
