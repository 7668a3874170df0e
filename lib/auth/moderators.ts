import "server-only";
import { z } from "zod";

// Moderators are made by `npm run user:role -- <email> moderator` (scripts/user-role.ts), or by listing their addresses
// in KAISETSU_MODERATOR_EMAILS (comma-separated): the list applies at sign-in only to a *verified* address (promotion
// only: removing an address does not demote; see lib/auth/README.md).
const listSchema = z
  .string()
  .optional()
  .transform(
    (value) =>
      new Set(
        (value ?? "")
          .split(",")
          .map((email) => email.trim().toLowerCase())
          .filter(Boolean),
      ),
  );

/** True when the environment names this address as a moderator. */
export function isListedModerator(email: string | null | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!email) return false;
  return listSchema.parse(env.KAISETSU_MODERATOR_EMAILS).has(email.trim().toLowerCase());
}
