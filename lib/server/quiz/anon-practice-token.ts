import "server-only";
import { createHash } from "node:crypto";

/** A signed-out practice round belongs to whoever holds this random token; the database keeps only its hash. */
export const ANON_PRACTICE_COOKIE = "kaisetsu-practice";

export function hashAnonToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
