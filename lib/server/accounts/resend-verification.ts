import "server-only";
import { ExpectedError } from "@/lib/action";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { sendAccountMail } from "@/lib/server/accounts/account-mail";
import { issueEmailToken } from "@/lib/server/accounts/email-tokens";
import { mailLimits } from "@/lib/server/accounts/mail-limits";

const texts = (key: "alreadyVerified") => ({
  ja: dictionaryFor("ja").account.status[key],
  en: dictionaryFor("en").account.status[key],
});

/** Mails the signed-in user a new confirmation link (the previous one stops working). */
export async function resendVerification(user: SessionUser, context: { locale: Locale }): Promise<void> {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { email: true, name: true, emailVerified: true },
  });
  if (!row.email || row.emailVerified) throw new ExpectedError(texts("alreadyVerified"));
  const limit = await consumeRateLimit(`verify-mail:user:${user.id}`, mailLimits.verificationPerUser);
  if (!limit.isAllowed)
    throw new ExpectedError({
      ja: dictionaryFor("ja").account.forgot.rateLimited,
      en: dictionaryFor("en").account.forgot.rateLimited,
    });
  const token = await issueEmailToken("verifyEmail", user.id);
  await sendAccountMail("verify", { to: row.email, locale: context.locale, name: row.name, token });
}
