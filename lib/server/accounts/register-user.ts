import "server-only";
import { authError } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimit, rateLimits } from "@/lib/auth/rate-limit";
import type { SignUpInput } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Creates an email-and-password account; refuses a taken address or too many sign-ups from one IP. Always a USER:
 * a new address is unverified, so KAISETSU_MODERATOR_EMAILS does not apply to it (promote-listed-moderator.ts).
 */
export async function registerUser(input: Pick<SignUpInput, "name" | "email" | "password">, context: { ip: string }): Promise<{ id: string }> {
  const limit = await consumeRateLimit(`signup:ip:${context.ip}`, rateLimits.signUpPerIp);
  if (!limit.isAllowed) throw authError("signUpRateLimited");
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw authError("emailTaken", { email: ["emailTaken"] });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "USER" },
      select: { id: true },
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides, the loser gets the same message.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw authError("emailTaken", { email: ["emailTaken"] });
    throw error;
  }
}
