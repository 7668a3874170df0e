import "server-only";
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import { rateLimits, signInDelayMs } from "@/lib/rate-limit/rules";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { resetRateLimit } from "@/lib/server/rate-limit/reset-rate-limit";
import type { SignInInput } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { promoteListedModerator } from "@/lib/server/accounts/promote-listed-moderator";

export type VerifiedUser = { id: string; name: string | null; email: string };
export type CredentialsResult = { ok: true; user: VerifiedUser } | { ok: false; reason: "invalid" | "rateLimited" };

export const signInKeys = {
  accountAndIp: (email: string, ip: string) => `signin:account-ip:${email}:${ip}`,
  ip: (ip: string) => `signin:ip:${ip}`,
  account: (email: string) => `signin:account:${email}`,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. Limits (in PostgreSQL, so they hold across servers): failed guesses per account and
 * address (10 per 15 min), attempts per address (300 per 15 min); attempts at one account from everywhere are slowed
 * down past 10, never refused, so nobody can lock someone else out. A good password resets the account's counters.
 * Unknown address and wrong password look the same, in message and in time.
 */
export async function verifyCredentials(
  input: Pick<SignInInput, "email" | "password">,
  context: { ip: string },
  { wait = sleep }: { wait?: (ms: number) => Promise<void> } = {},
): Promise<CredentialsResult> {
  const [byPair, byIp, byAccount] = await Promise.all([
    consumeRateLimit(signInKeys.accountAndIp(input.email, context.ip), rateLimits.signInPerAccountAndIp),
    consumeRateLimit(signInKeys.ip(context.ip), rateLimits.signInPerIp),
    consumeRateLimit(signInKeys.account(input.email), rateLimits.signInSlowdownPerAccount),
  ]);
  if (!byPair.isAllowed || !byIp.isAllowed) return { ok: false, reason: "rateLimited" };
  const delay = signInDelayMs(byAccount.count);
  if (delay > 0) await wait(delay);

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

  await Promise.all([
    resetRateLimit(signInKeys.accountAndIp(input.email, context.ip)),
    resetRateLimit(signInKeys.account(input.email)),
  ]);
  // Raised parameters apply at the next good sign-in: the old hash is replaced (ASVS 2.4).
  if (needsRehash(user.passwordHash))
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
  await promoteListedModerator(user.id);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
