import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { auth } from "@/auth";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db-errors";
import { findSessionUser } from "@/lib/server/accounts/find-session-user";
import type { SessionUser } from "@/lib/auth/dto";

/** Auth.js's session cookie (the `__Secure-` one over https), possibly split into `.0`, `.1`… chunks. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

type CookieJar = Awaited<ReturnType<typeof cookies>>;

function sessionCookie(jar: CookieJar): { name: string; value: string } | null {
  for (const name of SESSION_COOKIES) {
    const whole = jar.get(name)?.value;
    if (whole) return { name, value: whole };
    const chunks = jar
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length > 0) return { name, value: chunks.map((cookie) => cookie.value).join("") };
  }
  return null;
}

/** The secrets Auth.js encrypts with (AUTH_SECRET, and AUTH_SECRET_1…3 while rotating), in Auth.js's order. */
function authSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const rotated = [3, 2, 1].map((i) => env[`AUTH_SECRET_${i}`]).filter((secret): secret is string => Boolean(secret));
  return env.AUTH_SECRET ? [...rotated, env.AUTH_SECRET] : rotated;
}

/**
 * The signed-in user of this request, or null. The user and role come from the Session row and the User table on
 * every request (one indexed read), so sign-out and role changes take effect at once.
 * Cost per request: no session cookie (signed out) → nothing at all; a session cookie → decrypting it (the envelope
 * around the session id, see auth.config.ts) and that one read. Not Auth.js's full `auth()`, which would also mint a
 * CSRF token and, inside a server action, rewrite the session cookie (making Next re-render the page in the reply);
 * the envelope need not roll: the Session row's own expiry is what ends a session.
 * Memoized per request: the header, the page and an action may all ask. Throws DatabaseUnavailableError when the
 * session could not be checked, so nobody is sent to sign in because PostgreSQL is restarting.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const reference = await getSessionReference();
  if (!("sessionId" in reference)) return reference.user;
  try {
    return await findSessionUser(reference.sessionId);
  } catch (error) {
    // The session row could not be read (PostgreSQL down): not the same as signed out, so nobody is sent to sign in.
    if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError();
    throw error;
  }
});

/**
 * The session of this request as far as the cookie tells, without reading the database: the session id inside the
 * decrypted cookie (not yet checked: it may be revoked, expired or idle), or the user when there is no cookie (null)
 * or no secret to decrypt it with (Auth.js's own path, which reads the user). For a use case that checks the session
 * in its own statement (the practice answer: lib/action.ts `session: "in-use-case"`), saving a round trip.
 */
export type SessionReference = { sessionId: string } | { user: SessionUser | null };

export const getSessionReference = cache(async (): Promise<SessionReference> => {
  const cookie = sessionCookie(await cookies());
  if (!cookie) return { user: null };
  const secrets = authSecrets();
  if (secrets.length === 0) {
    // No secret in the environment: Auth.js's own default path.
    const session = await auth();
    if (session?.isUnavailable) throw new DatabaseUnavailableError();
    return { user: session?.member ?? null };
  }
  const token = await decode({ token: cookie.value, secret: secrets, salt: cookie.name }).catch(() => null);
  return typeof token?.sid === "string" ? { sessionId: token.sid } : { user: null };
});
