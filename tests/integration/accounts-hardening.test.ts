// Issue #10, findings 2, 4 and 8 against PostgreSQL: moderators only by command (or a verified address), sign-in limits
// per account and address that cannot lock anyone out, the ASVS level-2 password and session rules.
import { afterAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { clientAddress } from "@/lib/rate-limit/client-address";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { rateLimits } from "@/lib/rate-limit/rules";
import { profileSchema, signUpSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { registerUser } from "@/lib/server/accounts/register-user";
import { sessionIdleSeconds } from "@/lib/server/accounts/sessions";
import { createSession } from "@/lib/server/accounts/create-session";
import { findSessionUser } from "@/lib/server/accounts/find-session-user";
import { verifyCredentials } from "@/lib/server/accounts/verify-credentials";
import { setUserRole } from "../../scripts/lib/user-role";

const domain = "@harden-accounts.example.test";
const password = "a long enough passphrase";
const noWait = { wait: async () => {} };

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: domain } } });
  await db.rateLimit.deleteMany({ where: { key: { contains: domain } } });
  await db.rateLimit.deleteMany({ where: { key: { contains: "198.51.100." } } });
  delete process.env.KAISETSU_MODERATOR_EMAILS;
});

describe("moderator role (finding 2)", () => {
  it("registering an address from KAISETSU_MODERATOR_EMAILS gives no role; `npm run user:role` does", async () => {
    process.env.KAISETSU_MODERATOR_EMAILS = `boss${domain}`;
    const { id } = await registerUser(
      { name: "boss", email: `boss${domain}`, password },
      { ip: "198.51.100.1", locale: "ja" },
    );
    await verifyCredentials({ email: `boss${domain}`, password }, { ip: "198.51.100.1" });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("USER");
    expect(await setUserRole(db, ` BOSS${domain} `, "moderator")).toMatchObject({
      ok: true,
      from: "USER",
      to: "MODERATOR",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("MODERATOR");
    expect(await setUserRole(db, `boss${domain}`, "user")).toMatchObject({ ok: true, to: "USER" });
    expect(await setUserRole(db, `nobody${domain}`, "moderator")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/No account/),
    });
    expect(await setUserRole(db, `boss${domain}`, "admin")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Unknown role/),
    });
  });
});

describe("sign-in limits (finding 4)", () => {
  it("a forged X-Forwarded-For does not change the address a limit counts", () => {
    const forged = Array.from({ length: 20 }, (_, i) =>
      clientAddress(new Headers({ "x-kaisetsu-peer-address": "198.51.100.66", "x-forwarded-for": `10.9.8.${i}` }), {}),
    );
    expect(new Set(forged)).toEqual(new Set(["198.51.100.66"]));
  });

  it("an attacker's failed guesses lock out neither the account nor its owner at another address; they only slow down", async () => {
    const email = `victim${domain}`;
    await registerUser({ name: "victim", email, password }, { ip: "198.51.100.2", locale: "ja" });
    const waits: number[] = [];
    const attacker = { ip: "198.51.100.66" };
    const results = [];
    for (let i = 0; i < 15; i += 1)
      results.push(
        await verifyCredentials({ email, password: `guess-${i}` }, attacker, {
          wait: async (ms) => void waits.push(ms),
        }),
      );
    expect(
      results
        .slice(0, rateLimits.signInPerAccountAndIp.limit)
        .every((result) => !result.ok && result.reason === "invalid"),
    ).toBe(true);
    expect(
      results
        .slice(rateLimits.signInPerAccountAndIp.limit)
        .every((result) => !result.ok && result.reason === "rateLimited"),
    ).toBe(true);
    // The owner, from home, with the right password: still let in (after a delay, not a refusal).
    const owner = await verifyCredentials(
      { email, password },
      { ip: "198.51.100.3" },
      { wait: async (ms) => void waits.push(ms) },
    );
    expect(owner.ok).toBe(true);
    expect(waits.at(-1)).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(5_000);
  });
});

describe("ASVS level 2 (finding 8)", () => {
  const signUp = (fields: Record<string, string>) =>
    signUpSchema.safeParse({ name: "名前", email: `new${domain}`, password, ...fields });
  const errorsOf = (result: ReturnType<typeof signUp>) =>
    result.success ? [] : result.error.issues.map((issue) => issue.message);

  it("passwords: at least 12 characters, not common or breached, not the email address", () => {
    expect(errorsOf(signUp({ password: "elevenchars" }))).toEqual(["passwordTooShort"]);
    for (const common of [
      "password1234",
      "qwertyuiop123",
      "1q2w3e4r5t6y",
      "iloveyou2024!",
      "monkeymonkey",
      "aaaaaaaaaaaaaaa",
    ])
      expect(errorsOf(signUp({ password: common }))).toContain("passwordCommon");
    expect(errorsOf(signUp({ email: `longaddress${domain}`, password: `LongAddress${domain}` }))).toEqual([
      "passwordIsEmail",
    ]);
    expect(signUp({}).success).toBe(true);
  });

  it("display names need a visible character", () => {
    for (const name of ["\u200B\u200B", "\u3164", "\u2800", " \u00AD "])
      expect(profileSchema.safeParse({ name }).success).toBe(false);
    expect(profileSchema.safeParse({ name: "太郎" }).success).toBe(true);
  });

  it("scrypt N = 2^17, and a weaker hash is replaced at the next good sign-in", async () => {
    const email = `rehash${domain}`;
    const { id } = await registerUser({ name: "rehash", email, password }, { ip: "198.51.100.4", locale: "ja" });
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash).toMatch(
      /^scrypt\$131072\$/,
    );
    // An account from before: N = 2^15.
    const { scrypt, randomBytes } = await import("node:crypto");
    const salt = randomBytes(16);
    const key = await new Promise<Buffer>((resolve, reject) =>
      scrypt(password, salt, 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 128 * 2 ** 15 * 8 * 2 }, (error, derived) =>
        error ? reject(error) : resolve(derived),
      ),
    );
    await db.user.update({
      where: { id },
      data: {
        passwordHash: ["scrypt", 2 ** 15, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$"),
      },
    });
    expect((await verifyCredentials({ email, password }, { ip: "198.51.100.4" }, noWait)).ok).toBe(true);
    const rehashed =
      (await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash ?? "";
    expect(rehashed).toMatch(/^scrypt\$131072\$/);
    expect(await verifyPassword(password, rehashed)).toBe(true);
    expect(await hashPassword(password)).not.toBe(rehashed);
  });

  it("a session unused for 12 hours ends, even before its absolute expiry; use keeps it alive", async () => {
    const { id } = await registerUser(
      { name: "idle", email: `idle${domain}`, password },
      { ip: "198.51.100.5", locale: "ja" },
    );
    const start = new Date();
    const idleMs = sessionIdleSeconds * 1000;
    const kept = await createSession(id, start);
    // Used every 6 hours for a day: still signed in.
    for (let hours = 6; hours <= 24; hours += 6)
      expect(await findSessionUser(kept, new Date(start.getTime() + hours * 3_600_000))).not.toBeNull();
    const idle = await createSession(id, start);
    expect(await findSessionUser(idle, new Date(start.getTime() + idleMs - 60_000))).not.toBeNull();
    expect(await findSessionUser(idle, new Date(start.getTime() + 2 * idleMs))).toBeNull();
    expect(await findSessionUser(idle, new Date(start.getTime() + 2 * idleMs - 1))).toBeNull(); // the row is gone
  });
});
