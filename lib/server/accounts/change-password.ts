import "server-only";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { sendAccountMail } from "@/lib/server/accounts/account-mail";

/**
 * Replaces the signed-in user's password after checking the current one, ends every session (the caller signs in
 * again with the new password) and tells the mailbox. Returns the address for that sign-in.
 */
export async function changePassword(
  user: SessionUser,
  input: { currentPassword: string; newPassword: string },
  context: { locale: Locale },
): Promise<{ email: string }> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, passwordHash: true } });
  if (!row.passwordHash || !row.email) throw new AppError("account.change.noPassword");
  if (!(await verifyPassword(input.currentPassword, row.passwordHash)))
    throw new AppError("account.change.wrongCurrent", { field: "currentPassword" });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
  await sendAccountMail("changed", { to: row.email, locale: context.locale });
  return { email: row.email };
}
