// Sets a user's role by email address: the explicit way to make (or unmake) a moderator (issue #10, finding 2).
import type { Db } from "../../lib/db-client";

export const roles = { moderator: "MODERATOR", user: "USER" } as const;
export type RoleName = keyof typeof roles;

export type RoleChange = { ok: true; email: string; from: string; to: string } | { ok: false; message: string };

export async function setUserRole(db: Db, email: string, role: string): Promise<RoleChange> {
  if (!(role in roles))
    return { ok: false, message: `Unknown role "${role}": use ${Object.keys(roles).join(" or ")}.` };
  const address = email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email: address }, select: { id: true, role: true } });
  if (!user) return { ok: false, message: `No account has the address ${address}: the person signs up first.` };
  const to = roles[role as RoleName];
  await db.user.update({ where: { id: user.id }, data: { role: to } });
  return { ok: true, email: address, from: user.role, to };
}
