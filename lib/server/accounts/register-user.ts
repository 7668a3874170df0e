import "server-only";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { rateLimits } from "@/lib/rate-limit/rules";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { SignUpInput } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { sendAccountMail } from "@/lib/server/accounts/account-mail";
import { issueEmailToken } from "@/lib/server/accounts/email-tokens";

export type Registration = { id: string; isNew: boolean };

/**
 * Creates an unconfirmed email-and-password account and mails its confirmation link. A taken address gets a mail
 * saying so instead (with sign-in and reset links), and the caller answers both cases the same way, so the form does
 * not reveal which addresses are registered. The password is hashed either way, so the two paths take the same time.
 * Always a USER: a new address is unconfirmed, so KAISETSU_MODERATOR_EMAILS does not apply (promote-listed-moderator.ts).
 */
export async function registerUser(
  input: Pick<SignUpInput, "name" | "email" | "password">,
  context: { ip: string; locale: Locale },
): Promise<Registration> {
  const limit = await consumeRateLimit(`signup:ip:${context.ip}`, rateLimits.signUpPerIp);
  if (!limit.isAllowed) throw new AppError("auth.errors.signUpRateLimited");
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return mailExisting(existing.id, input.email, context.locale);
  let id: string;
  try {
    ({ id } = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "USER" },
      select: { id: true },
    }));
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides, the loser is told by mail.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true } });
      return mailExisting(winner.id, input.email, context.locale);
    }
    throw error;
  }
  const token = await issueEmailToken("verifyEmail", id);
  await sendAccountMail("verify", { to: input.email, locale: context.locale, name: input.name, token });
  return { id, isNew: true };
}

async function mailExisting(id: string, email: string, locale: Locale): Promise<Registration> {
  await sendAccountMail("existing", { to: email, locale });
  return { id, isNew: false };
}
