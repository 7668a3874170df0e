import "server-only";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";

export type Profile = {
  id: string;
  name: string | null;
  email: string | null;
  role: "USER" | "MODERATOR";
  createdAt: Date;
  timeZone: string | null;
  isEmailVerified: boolean;
  hasPassword: boolean;
};

/** The signed-in user's own profile (whether a password exists, never the hash). */
export async function getProfile(user: SessionUser): Promise<Profile> {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      timeZone: true,
      emailVerified: true,
      passwordHash: true,
    },
  });
  const { emailVerified, passwordHash, ...rest } = row;
  return { ...rest, isEmailVerified: emailVerified !== null, hasPassword: passwordHash !== null };
}
