import "server-only";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { sendAccountMail } from "@/lib/server/accounts/account-mail";
import { issueEmailToken } from "@/lib/server/accounts/email-tokens";
import { mailLimits } from "@/lib/server/accounts/mail-limits";

/** Mails the signed-in user a new confirmation link (the previous one stops working). */
export async function resendVerification(user: SessionUser, context: { locale: Locale }): Promise<void> {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { email: true, name: true, emailVerified: true },
  });
  if (!row.email || row.emailVerified) throw new AppError("account.status.alreadyVerified");
  const limit = await consumeRateLimit(`verify-mail:user:${user.id}`, mailLimits.verificationPerUser);
  if (!limit.isAllowed) throw new AppError("account.forgot.rateLimited");
  const token = await issueEmailToken("verifyEmail", user.id);
  await sendAccountMail("verify", { to: row.email, locale: context.locale, name: row.name, token });
}
