import "server-only";
import { cookies } from "next/headers";
import type { SessionUser } from "@/lib/auth/dto";
import type { AttemptRequester } from "@/lib/permissions";
import { ANON_PRACTICE_COOKIE, hashAnonToken } from "@/lib/server/quiz/anon-practice-token";

/** Who is asking in this request: the signed-in user (from the action wrapper or the page) and the practice cookie. */
export async function requesterFrom(user: SessionUser | null): Promise<AttemptRequester> {
  const token = (await cookies()).get(ANON_PRACTICE_COOKIE)?.value;
  return { userId: user?.id ?? null, anonKeyHash: token ? hashAnonToken(token) : null };
}
