import "server-only";
// The session rules and the id digest, shared by the session use cases (create, find, delete, delete all).
import { createHash } from "node:crypto";

// A session is a row in PostgreSQL; the browser's (encrypted) Auth.js cookie only carries its random id. The row
// stores a SHA-256 of the id, so a leaked database cannot be replayed as cookies.
export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;
/** Idle timeout (ASVS 3.3.2): a session unused for this long ends, whatever its absolute expiry. */
export const sessionIdleSeconds = 12 * 60 * 60;
/** lastSeenAt is written at most this often, so reading a session is not a write on every request. */
export const touchEverySeconds = 5 * 60;

export function digest(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("base64url");
}
