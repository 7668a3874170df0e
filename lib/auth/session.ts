import "server-only";

export type SessionUser = { id: string; name: string | null; role: "USER" | "MODERATOR" };

/**
 * The signed-in user of this request, or null.
 * Placeholder until Auth.js is wired (issue 7): nobody is signed in.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  return null;
}
