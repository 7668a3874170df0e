import "server-only";
import { cache } from "react";
import { auth } from "@/auth";

export type SessionUser = { id: string; name: string | null; role: "USER" | "MODERATOR" };

/**
 * The signed-in user of this request, or null. Backed by Auth.js; the user and role come from the Session row and
 * the User table on every request (see auth.config.ts), so sign-out and role changes take effect at once.
 * Memoized per request: the header, the page and an action may all ask.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return session?.member ?? null;
});
