import "server-only";
import { db } from "@/lib/db";

/** Forgets a key's window (after a successful sign-in, the per-email counter starts over). */
export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
