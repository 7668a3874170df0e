import "server-only";
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { ANON_PRACTICE_COOKIE, hashAnonToken } from "@/lib/server/quiz/anon-practice-token";

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
