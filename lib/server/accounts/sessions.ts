import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/dto";

// A session is a row in PostgreSQL; the browser's (encrypted) Auth.js cookie only carries its random id. The row
// stores a SHA-256 of the id, so a leaked database cannot be replayed as cookies.
export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;
/** Idle timeout (ASVS 3.3.2): a session unused for this long ends, whatever its absolute expiry. */
export const sessionIdleSeconds = 12 * 60 * 60;
/** lastSeenAt is written at most this often, so reading a session is not a write on every request. */
const touchEverySeconds = 5 * 60;

function digest(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("base64url");
}

/** Opens a session for a user who just proved who they are; returns the id to put in the cookie. */
export async function createSession(userId: string, now: Date = new Date()): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      sessionToken: digest(sessionId),
      userId,
      lastSeenAt: now,
      expires: new Date(now.getTime() + sessionMaxAgeSeconds * 1000),
    },
  });
  return sessionId;
}

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

/** Ends one session (sign-out). Unknown ids are ignored: signing out twice is not an error. */
export async function deleteSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken: digest(sessionId) } });
}

/** Ends every session of a user ("sign out everywhere"). */
export async function deleteAllSessions(userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
