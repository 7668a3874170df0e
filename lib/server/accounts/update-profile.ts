import "server-only";
import type { ProfileInput } from "@/lib/auth/schemas";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** Changes the signed-in user's own display name (the only profile field a user edits). */
export async function updateProfile(user: SessionUser, input: ProfileInput): Promise<{ name: string }> {
  const updated = await db.user.update({ where: { id: user.id }, data: { name: input.name }, select: { name: true } });
  return { name: updated.name ?? input.name };
}

export type Profile = { id: string; name: string | null; email: string | null; role: "USER" | "MODERATOR"; createdAt: Date };

/** The signed-in user's own profile. */
export async function getProfile(user: SessionUser): Promise<Profile> {
  return db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, name: true, email: true, role: true, createdAt: true } });
}
