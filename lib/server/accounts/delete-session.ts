import "server-only";
import { db } from "@/lib/db";
import { digest } from "@/lib/server/accounts/sessions";

/** Ends one session (sign-out). Unknown ids are ignored: signing out twice is not an error. */
export async function deleteSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken: digest(sessionId) } });
}
