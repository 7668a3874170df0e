import "server-only";
import { isListedModerator } from "@/lib/auth/moderators";
import { db } from "@/lib/db";

/**
 * Gives the MODERATOR role to a user whose address is in KAISETSU_MODERATOR_EMAILS, only once that address is
 * verified (User.emailVerified): whoever registers a listed address first must not become a moderator by it.
 * Until email verification exists, no address is verified and moderators are made with `npm run user:role`.
 * Never demotes.
 */
export async function promoteListedModerator(userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (!user?.emailVerified || !isListedModerator(user.email)) return;
  await db.user.updateMany({ where: { id: userId, role: "USER" }, data: { role: "MODERATOR" } });
}
