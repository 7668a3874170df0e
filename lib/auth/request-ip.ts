import "server-only";
import { headers } from "next/headers";

/** The client's address as the Next.js server saw it (first x-forwarded-for hop), for rate limits only. */
export async function requestIp(): Promise<string> {
  const all = await headers();
  return all.get("x-forwarded-for")?.split(",")[0]?.trim() || all.get("x-real-ip") || "unknown";
}
