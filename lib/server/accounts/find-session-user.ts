import "server-only";
import { db, sqlPool } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/dto";
import { sessionIdleSeconds, touchEverySeconds, digest } from "@/lib/server/accounts/sessions";

// The session and its user in ONE statement (a join), as a named prepared statement on db's pool: every signed-in
// request reads it, so it is one round trip, parsed and planned once per connection (Prisma's nested select took two).
// Timestamps as epoch milliseconds (the columns hold UTC).
const SESSION_USER_SQL = `
SELECT (extract(epoch FROM s.expires) * 1000)::float8 AS expires, (extract(epoch FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenAt",
  u.id, u.name, u.role::text AS role
FROM "Session" s JOIN "User" u ON u.id = s."userId"
WHERE s."sessionToken" = $1`;

type SessionUserRow = { expires: number; lastSeenAt: number } & SessionUser;

/** The user behind a live session id, read fresh from the database (so a role change applies at once); null when revoked or expired. */
export async function findSessionUser(sessionId: string, now: Date = new Date()): Promise<SessionUser | null> {
  const { rows } = await sqlPool().query<SessionUserRow, [string]>({
    name: "kaisetsu_session_user_1",
    text: SESSION_USER_SQL,
    values: [digest(sessionId)],
  });
  const session = rows[0];
  if (!session || session.expires <= now.getTime()) return null;
  const idleMs = now.getTime() - session.lastSeenAt;
  if (idleMs >= sessionIdleSeconds * 1000) {
    await db.session.deleteMany({ where: { sessionToken: digest(sessionId) } });
    return null;
  }
  if (idleMs >= touchEverySeconds * 1000)
    await db.session.updateMany({ where: { sessionToken: digest(sessionId) }, data: { lastSeenAt: now } });
  return { id: session.id, name: session.name, role: session.role };
}
