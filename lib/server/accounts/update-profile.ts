import "server-only";
import type { ProfileInput } from "@/lib/auth/schemas";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";

/** Changes the signed-in user's own display name (the only profile field a user edits). */
export async function updateProfile(user: SessionUser, input: ProfileInput): Promise<{ name: string }> {
  const updated = await db.user.update({ where: { id: user.id }, data: { name: input.name }, select: { name: true } });
  return { name: updated.name ?? input.name };
}
