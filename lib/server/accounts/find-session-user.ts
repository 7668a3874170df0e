import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/dto";
import { sessionIdleSeconds, touchEverySeconds, digest } from "@/lib/server/accounts/sessions";

/** The user behind a live session id, read fresh from the database (so a role change applies at once); null when revoked or expired. */
export async function findSessionUser(sessionId: string, now: Date = new Date()): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { sessionToken: digest(sessionId) },
    select: { expires: true, lastSeenAt: true, user: { select: { id: true, name: true, role: true } } },
  });
  if (!session || session.expires <= now) return null;
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  if (idleMs >= sessionIdleSeconds * 1000) {
    await db.session.deleteMany({ where: { sessionToken: digest(sessionId) } });
    return null;
  }
  if (idleMs >= touchEverySeconds * 1000)
    await db.session.updateMany({ where: { sessionToken: digest(sessionId) }, data: { lastSeenAt: now } });
  return { id: session.user.id, name: session.user.name, role: session.user.role };
}
