import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import type { SessionUser } from "@/lib/auth/dto";
import type { AttemptRequester } from "@/lib/permissions";

/** A signed-out practice round belongs to whoever holds this random token; the database keeps only its hash. */
export const ANON_PRACTICE_COOKIE = "kaisetsu-practice";

export function hashAnonToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Who is asking in this request: the signed-in user (from the action wrapper or the page) and the practice cookie. */
export async function requesterFrom(user: SessionUser | null): Promise<AttemptRequester> {
  const token = (await cookies()).get(ANON_PRACTICE_COOKIE)?.value;
  return { userId: user?.id ?? null, anonKeyHash: token ? hashAnonToken(token) : null };
}

/** The practice cookie's hash, creating the cookie first when absent. Only in server actions (they may set cookies). */
export async function ensureAnonKeyHash(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(ANON_PRACTICE_COOKIE)?.value;
  if (existing) return hashAnonToken(existing);
  const token = randomBytes(32).toString("base64url");
  const host = (await headers()).get("host") ?? "";
  const isLoopback = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host);
  jar.set(ANON_PRACTICE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    // Plain http on loopback (tests, `npm start` locally) could not keep a Secure cookie.
    secure: process.env.NODE_ENV === "production" && !isLoopback,
  });
  return hashAnonToken(token);
}
