// Accounts through the real use cases and PostgreSQL: scrypt hashes, sign-up, credential checks with the DB-backed
// rate limit, session rows (revocation, expiry, fresh role) and the moderator list.
import { afterAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { callbackUrlSchema, signUpSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { registerUser } from "@/lib/server/accounts/register-user";
import { createSession } from "@/lib/server/accounts/create-session";
import { deleteAllSessions } from "@/lib/server/accounts/delete-all-sessions";
import { deleteSession } from "@/lib/server/accounts/delete-session";
import { findSessionUser } from "@/lib/server/accounts/find-session-user";
import { updateProfile } from "@/lib/server/accounts/update-profile";
import { signInKeys, verifyCredentials } from "@/lib/server/accounts/verify-credentials";

const domain = "@accounts-it.example.test";
const ip = "203.0.113.7";

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: domain } } });
  await db.rateLimit.deleteMany({ where: { key: { contains: domain } } });
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "test:" } } });
  delete process.env.KAISETSU_MODERATOR_EMAILS;
});

describe("password hashing (scrypt)", () => {
  it("salts every hash, verifies the right password only, and rejects malformed hashes", async () => {
    const [first, second] = await Promise.all([
      hashPassword("correct horse battery"),
      hashPassword("correct horse battery"),
    ]);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", first)).toBe(true);
    expect(await verifyPassword("correct horse batterY", first)).toBe(false);
    expect(await verifyPassword("correct horse battery", "plain-text")).toBe(false);
    expect(await verifyPassword("correct horse battery", first.replace(/\$[^$]+$/, "$AAAA"))).toBe(false);
    expect(needsRehash(first)).toBe(false);
    expect(needsRehash("scrypt$1024$8$1$c2FsdA$a2V5")).toBe(true);
  });
});

describe("sign-up and sign-in", () => {
  const email = `taro${domain}`;

  it("normalizes the address, stores only a hash, and does not create a second account for a taken address", async () => {
    const input = signUpSchema.parse({
      name: " 太郎 ",
      email: ` Taro${domain.toUpperCase()} `,
      password: "a long enough passphrase",
      callbackUrl: "https://evil.example/",
    });
    expect(input).toMatchObject({ name: "太郎", email, callbackUrl: "/" });
    const { id } = await registerUser(input, { ip, locale: "ja" });
    const row = await db.user.findUniqueOrThrow({
      where: { id },
      select: { email: true, name: true, role: true, passwordHash: true },
    });
    expect(row).toMatchObject({ email, name: "太郎", role: "USER" });
    expect(row.passwordHash).not.toContain("passphrase");
    // The client omits the hash unless a query selects it.
    expect(await db.user.findUniqueOrThrow({ where: { id } })).not.toHaveProperty("passwordHash");

    // The same answer as for a new address (the mailbox is told instead; see account-recovery.test.ts).
    expect(await registerUser(input, { ip, locale: "ja" })).toEqual({ id, isNew: false });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("checks credentials; unknown address and wrong password give the same answer", async () => {
    expect(await verifyCredentials({ email, password: "a long enough passphrase" }, { ip })).toMatchObject({
      ok: true,
      user: { email, name: "太郎" },
    });
    expect(await verifyCredentials({ email, password: "wrong" }, { ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: `nobody${domain}`, password: "wrong" }, { ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("rate-limits failed guesses per address and IP in PostgreSQL (10 per 15 minutes); success resets", async () => {
    const target = `limited${domain}`;
    await registerUser({ name: "limited", email: target, password: "a long enough passphrase" }, { ip, locale: "ja" });
    for (let i = 0; i < 9; i += 1)
      expect(
        (await verifyCredentials({ email: target, password: `wrong-${i}` }, { ip }, { wait: async () => {} })).ok,
      ).toBe(false);
    expect((await verifyCredentials({ email: target, password: "a long enough passphrase" }, { ip })).ok).toBe(true);
    expect(await db.rateLimit.findUnique({ where: { key: signInKeys.accountAndIp(target, ip) } })).toBeNull();
    for (let i = 0; i < 10; i += 1)
      await verifyCredentials({ email: target, password: `wrong-${i}` }, { ip }, { wait: async () => {} });
    expect(await verifyCredentials({ email: target, password: "a long enough passphrase" }, { ip })).toEqual({
      ok: false,
      reason: "rateLimited",
    });
  });

  it("a fixed window opens again after it ends, and concurrent attempts are all counted", async () => {
    const rule = { limit: 3, windowMs: 60_000 };
    const start = new Date("2026-05-01T00:00:00Z");
    const results = await Promise.all(Array.from({ length: 5 }, () => consumeRateLimit("test:window", rule, start)));
    expect(results.map((result) => result.count).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(results.filter((result) => result.isAllowed)).toHaveLength(3);
    const later = await consumeRateLimit("test:window", rule, new Date(start.getTime() + 60_000));
    expect(later).toMatchObject({ isAllowed: true, count: 1 });
  });

  it("only same-site paths are accepted as a return address", () => {
    expect(callbackUrlSchema.parse("/questions/saa-0001/forum")).toBe("/questions/saa-0001/forum");
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", undefined])
      expect(callbackUrlSchema.parse(bad)).toBe("/");
  });
});

describe("sessions", () => {
  it("live rows give the user with a fresh role; deleted or expired rows give nobody", async () => {
    const { id } = await registerUser(
      { name: "session", email: `session${domain}`, password: "a long enough passphrase" },
      { ip, locale: "ja" },
    );
    const now = new Date();
    const sessionId = await createSession(id, now);
    expect(await findSessionUser(sessionId)).toEqual({ id, name: "session", role: "USER" });
    // The row stores a digest, never the id the cookie carries.
    expect(await db.session.count({ where: { sessionToken: sessionId } })).toBe(0);
    await db.user.update({ where: { id }, data: { role: "MODERATOR" } });
    expect((await findSessionUser(sessionId))?.role).toBe("MODERATOR");
    expect(await findSessionUser(sessionId, new Date(now.getTime() + 31 * 24 * 3600_000))).toBeNull();
    await deleteSession(sessionId);
    expect(await findSessionUser(sessionId)).toBeNull();
    const [a, b] = [await createSession(id), await createSession(id)];
    expect(await deleteAllSessions(id)).toBe(2);
    expect(await findSessionUser(a)).toBeNull();
    expect(await findSessionUser(b)).toBeNull();
  });

  it("renames the user's own profile only", async () => {
    const { id } = await registerUser(
      { name: "before", email: `rename${domain}`, password: "a long enough passphrase" },
      { ip, locale: "ja" },
    );
    await updateProfile({ id, name: "before", role: "USER" }, { name: "after" });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).name).toBe("after");
  });
});

describe("moderators from KAISETSU_MODERATOR_EMAILS", () => {
  it("promotes a listed address only once it is verified, at sign-in; never demotes", async () => {
    process.env.KAISETSU_MODERATOR_EMAILS = ` Mod${domain} , other@example.test`;
    const { id } = await registerUser(
      { name: "mod", email: `mod${domain}`, password: "a long enough passphrase" },
      { ip, locale: "ja" },
    );
    // Registering a listed address proves nothing: whoever registers it first must not become a moderator.
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("USER");
    await verifyCredentials({ email: `mod${domain}`, password: "a long enough passphrase" }, { ip });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("USER");
    await db.user.update({ where: { id }, data: { emailVerified: new Date() } });
    await verifyCredentials({ email: `mod${domain}`, password: "a long enough passphrase" }, { ip });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("MODERATOR");
    process.env.KAISETSU_MODERATOR_EMAILS = "";
    await verifyCredentials({ email: `mod${domain}`, password: "a long enough passphrase" }, { ip });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("MODERATOR");
  });
});
