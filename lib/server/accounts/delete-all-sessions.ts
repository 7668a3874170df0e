import "server-only";
import { db } from "@/lib/db";

/** Ends every session of a user ("sign out everywhere"). */
export async function deleteAllSessions(userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
