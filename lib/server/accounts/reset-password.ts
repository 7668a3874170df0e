import "server-only";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { consumeEmailToken } from "@/lib/server/accounts/email-tokens";

/**
 * Sets a new password with a mailed reset token (single use) and ends every session of the account. Opening the
 * mailed link proves control of the mailbox, so an unconfirmed address becomes confirmed. Returns the address, so
 * the caller can sign in with the new password.
 */
export async function resetPassword(
  input: { token: string; password: string },
  now: Date = new Date(),
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const userId = await consumeEmailToken("resetPassword", input.token, now);
  if (!userId) throw new AppError("account.reset.invalid");
  const [user] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash }, select: { email: true, emailVerified: true } }),
    db.user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: now } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
  if (!user.email) throw new Error(`User ${userId} has a reset token but no email address`);
  return { email: user.email };
}
