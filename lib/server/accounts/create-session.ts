import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { sessionMaxAgeSeconds, digest } from "@/lib/server/accounts/sessions";

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
