import "server-only";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { sendAccountMail } from "@/lib/server/accounts/account-mail";
import { issueEmailToken } from "@/lib/server/accounts/email-tokens";
import { mailLimits } from "@/lib/server/accounts/mail-limits";

/**
 * Mails a one-hour reset link to the address when it belongs to an account; an unknown address gets no mail. The
 * caller answers both the same way, so the form does not reveal which addresses are registered.
 */
export async function requestPasswordReset(email: string, context: { ip: string; locale: Locale }): Promise<void> {
  const [byEmail, byIp] = await Promise.all([
    consumeRateLimit(`reset:email:${email}`, mailLimits.resetPerEmail),
    consumeRateLimit(`reset:ip:${context.ip}`, mailLimits.resetPerIp),
  ]);
  if (!byIp.isAllowed) throw new AppError("account.forgot.rateLimited");
  // Over the per-address limit: answer as usual but send nothing more to that mailbox.
  if (!byEmail.isAllowed) return;
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const token = await issueEmailToken("resetPassword", user.id);
  await sendAccountMail("reset", { to: email, locale: context.locale, token });
}
