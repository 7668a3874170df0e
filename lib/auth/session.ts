import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { DatabaseUnavailableError } from "@/lib/db-errors";

export type SessionUser = { id: string; name: string | null; role: "USER" | "MODERATOR" };

/**
 * The signed-in user of this request, or null. Backed by Auth.js; the user and role come from the Session row and
 * the User table on every request (see auth.config.ts), so sign-out and role changes take effect at once.
 * Memoized per request: the header, the page and an action may all ask. Throws DatabaseUnavailableError when the
 * session could not be checked, so nobody is sent to sign in because PostgreSQL is restarting.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  // The session row could not be read (PostgreSQL down): not the same as signed out (see auth.ts).
  if (session?.isUnavailable) throw new DatabaseUnavailableError();
  return session?.member ?? null;
});
