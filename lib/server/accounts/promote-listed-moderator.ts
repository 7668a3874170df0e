import "server-only";
import { isListedModerator } from "@/lib/auth/moderators";
import { db } from "@/lib/db";

/** Gives the MODERATOR role to a user whose address is in KAISETSU_MODERATOR_EMAILS; never demotes. */
export async function promoteListedModerator(userId: string, email: string | null | undefined): Promise<void> {
  if (!isListedModerator(email)) return;
  await db.user.updateMany({ where: { id: userId, role: "USER" }, data: { role: "MODERATOR" } });
}
