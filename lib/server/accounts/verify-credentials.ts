import "server-only";
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import { consumeRateLimit, rateLimits, resetRateLimit } from "@/lib/auth/rate-limit";
import type { SignInInput } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { promoteListedModerator } from "@/lib/server/accounts/promote-listed-moderator";

export type VerifiedUser = { id: string; name: string | null; email: string };
export type CredentialsResult = { ok: true; user: VerifiedUser } | { ok: false; reason: "invalid" | "rateLimited" };

export const signInKeys = { email: (email: string) => `signin:email:${email}`, ip: (ip: string) => `signin:ip:${ip}` };

/**
 * Checks an email and password. Every attempt counts against the address and the client's IP (in PostgreSQL, so
 * the limit holds across servers); a good password resets the address's counter. Unknown address and wrong password
 * look the same, in message and in time.
 */
export async function verifyCredentials(input: Pick<SignInInput, "email" | "password">, context: { ip: string }): Promise<CredentialsResult> {
  const [byEmail, byIp] = await Promise.all([
    consumeRateLimit(signInKeys.email(input.email), rateLimits.signInPerEmail),
    consumeRateLimit(signInKeys.ip(context.ip), rateLimits.signInPerIp),
  ]);
  if (!byEmail.isAllowed || !byIp.isAllowed) return { ok: false, reason: "rateLimited" };

  const user = await db.user.findUnique({
    where: { email: input.email },
    // Explicit select of the hash: the client omits it from every other query.
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  if (!user?.passwordHash || !user.email) {
    await verifyAgainstDecoy(input.password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) return { ok: false, reason: "invalid" };

  await resetRateLimit(signInKeys.email(input.email));
  if (needsRehash(user.passwordHash)) await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
  await promoteListedModerator(user.id, user.email);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
