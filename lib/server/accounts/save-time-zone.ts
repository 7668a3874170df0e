import "server-only";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";

/** Stores the signed-in user's browser time zone in the profile (for places without a browser, such as mail). */
export async function saveTimeZone(user: SessionUser, timeZone: string): Promise<void> {
  await db.user.updateMany({ where: { id: user.id, NOT: { timeZone } }, data: { timeZone } });
}
