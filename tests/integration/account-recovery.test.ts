// Email verification, password reset and change through the real use cases, PostgreSQL and real SMTP: the mails go
// through nodemailer to a local SMTP server process started here, and the tests follow the links they contain.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/server/accounts/change-password";
import { confirmEmail } from "@/lib/server/accounts/confirm-email";
import { registerUser } from "@/lib/server/accounts/register-user";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { resendVerification } from "@/lib/server/accounts/resend-verification";
import { resetPassword } from "@/lib/server/accounts/reset-password";
import { createSession } from "@/lib/server/accounts/create-session";
import { findSessionUser } from "@/lib/server/accounts/find-session-user";
import { verifyCredentials } from "@/lib/server/accounts/verify-credentials";
import { linkIn, readSinkMails, startSmtpSink, waitForSinkMail, type SmtpSink } from "../../scripts/lib/smtp-sink";

const domain = "@recovery-it.example.test";
const password = "a long enough passphrase";
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.KAISETSU_PUBLIC_URL = "https://kaisetsu.example.test";
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: domain } } });
  await db.rateLimit.deleteMany({ where: { key: { contains: domain } } });
  delete process.env.SMTP_URL;
  delete process.env.KAISETSU_PUBLIC_URL;
  await sink.stop();
});

const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

describe("sign-up and email verification", () => {
  it("creates an unconfirmed account and mails a single-use link that confirms it", async () => {
    const email = `new${domain}`;
    const registration = await registerUser({ name: "新人", email, password }, { ip: "198.51.100.1", locale: "ja" });
    expect(registration.isNew).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeNull();

    const mail = await waitForSinkMail(sink.folder, email);
    expect(mail.subject).toContain("メールアドレスの確認");
    const link = linkIn(mail, "/verify-email");
    expect(link.startsWith("https://kaisetsu.example.test/verify-email?token=")).toBe(true);
    // Only a digest is stored: the token in the link is not in the database.
    expect(await db.verificationToken.count({ where: { token: tokenOf(link) } })).toBe(0);

    expect(await confirmEmail(tokenOf(link))).toMatchObject({ id: registration.id, email });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeInstanceOf(Date);
    expect(await confirmEmail(tokenOf(link))).toBeNull();
  });

  it("answers a taken address the same way, creates nothing, and tells the mailbox instead", async () => {
    const email = `taken${domain}`;
    const first = await registerUser({ name: "first", email, password }, { ip: "198.51.100.2", locale: "en" });
    const before = readSinkMails(sink.folder, email).length;
    const second = await registerUser(
      { name: "intruder", email, password: "another long passphrase" },
      { ip: "198.51.100.2", locale: "en" },
    );
    expect(second).toEqual({ id: first.id, isNew: false });
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("first");
    const mail = await waitForSinkMail(sink.folder, email, before);
    expect(mail.subject).toBe("[Kaisetsu] About your sign-up request");
    expect(linkIn(mail, "/forgot-password")).toBe("https://kaisetsu.example.test/forgot-password");
    // The intruder's password did not replace the owner's.
    expect((await verifyCredentials({ email, password }, { ip: "198.51.100.2" })).ok).toBe(true);
  });

  it("lets exactly one of two concurrent uses of a link through, and refuses expired or malformed tokens", async () => {
    const email = `race${domain}`;
    await registerUser({ name: "race", email, password }, { ip: "198.51.100.3", locale: "ja" });
    const token = tokenOf(linkIn(await waitForSinkMail(sink.folder, email), "/verify-email"));
    const results = await Promise.all([confirmEmail(token), confirmEmail(token), confirmEmail(token)]);
    expect(results.filter(Boolean)).toHaveLength(1);

    const late = `late${domain}`;
    await registerUser({ name: "late", email: late, password }, { ip: "198.51.100.3", locale: "ja" });
    const lateToken = tokenOf(linkIn(await waitForSinkMail(sink.folder, late), "/verify-email"));
    expect(await confirmEmail(lateToken, new Date(Date.now() + 25 * 3600_000))).toBeNull();
    expect(await confirmEmail("not a token")).toBeNull();
  });

  it("resends a link to an unconfirmed address only; the earlier link stops working", async () => {
    const email = `resend${domain}`;
    const { id } = await registerUser({ name: "resend", email, password }, { ip: "198.51.100.4", locale: "ja" });
    const firstToken = tokenOf(linkIn(await waitForSinkMail(sink.folder, email), "/verify-email"));
    await resendVerification({ id, name: "resend", role: "USER" }, { locale: "ja" });
    const secondToken = tokenOf(linkIn(await waitForSinkMail(sink.folder, email, 1), "/verify-email"));
    expect(await confirmEmail(firstToken)).toBeNull();
    expect(await confirmEmail(secondToken)).not.toBeNull();
    await expect(resendVerification({ id, name: "resend", role: "USER" }, { locale: "ja" })).rejects.toBeInstanceOf(
      AppError,
    );
  });
});

describe("password reset", () => {
  it("mails a known address a one-hour link that sets the password, confirms the address and ends every session", async () => {
    const email = `reset${domain}`;
    const { id } = await registerUser({ name: "reset", email, password }, { ip: "198.51.100.5", locale: "ja" });
    const sessionId = await createSession(id);
    const before = readSinkMails(sink.folder, email).length;
    await requestPasswordReset(email, { ip: "198.51.100.5", locale: "ja" });
    const mail = await waitForSinkMail(sink.folder, email, before);
    expect(mail.subject).toContain("パスワードの再設定");
    const token = tokenOf(linkIn(mail, "/reset-password"));

    await expect(
      resetPassword({ token, password: "new long passphrase" }, new Date(Date.now() + 61 * 60_000)),
    ).rejects.toBeInstanceOf(AppError);
    expect(await resetPassword({ token, password: "new long passphrase" })).toEqual({ email });
    expect(await findSessionUser(sessionId)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id } })).emailVerified).toBeInstanceOf(Date);
    expect((await verifyCredentials({ email, password: "new long passphrase" }, { ip: "198.51.100.5" })).ok).toBe(true);
    expect((await verifyCredentials({ email, password }, { ip: "198.51.100.5" })).ok).toBe(false);
    await expect(resetPassword({ token, password: "third long passphrase" })).rejects.toBeInstanceOf(AppError);
  });

  it("sends nothing for an unknown address and answers the same", async () => {
    const email = `nobody${domain}`;
    await expect(requestPasswordReset(email, { ip: "198.51.100.6", locale: "en" })).resolves.toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readSinkMails(sink.folder, email)).toHaveLength(0);
  });

  it("a verification token cannot reset a password, nor a reset token confirm an address", async () => {
    const email = `cross${domain}`;
    await registerUser({ name: "cross", email, password }, { ip: "198.51.100.7", locale: "en" });
    const verifyToken = tokenOf(linkIn(await waitForSinkMail(sink.folder, email), "/verify-email"));
    await expect(resetPassword({ token: verifyToken, password: "hijacked passphrase" })).rejects.toBeInstanceOf(
      AppError,
    );
    await requestPasswordReset(email, { ip: "198.51.100.7", locale: "en" });
    const resetToken = tokenOf(linkIn(await waitForSinkMail(sink.folder, email, 1), "/reset-password"));
    expect(await confirmEmail(resetToken)).toBeNull();
  });
});

describe("password change", () => {
  it("checks the current password, ends every session and mails a notice", async () => {
    const email = `change${domain}`;
    const { id } = await registerUser({ name: "change", email, password }, { ip: "198.51.100.8", locale: "en" });
    const user = { id, name: "change", role: "USER" as const };
    const sessionId = await createSession(id);
    const wrong = await changePassword(
      user,
      { currentPassword: "not my password", newPassword: "brand new passphrase" },
      { locale: "en" },
    ).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(AppError);
    expect(wrong).toMatchObject({ code: "account.change.wrongCurrent", field: "currentPassword" });
    expect(await findSessionUser(sessionId)).not.toBeNull();

    const before = readSinkMails(sink.folder, email).length;
    expect(
      await changePassword(user, { currentPassword: password, newPassword: "brand new passphrase" }, { locale: "en" }),
    ).toEqual({ email });
    expect(await findSessionUser(sessionId)).toBeNull();
    expect((await waitForSinkMail(sink.folder, email, before)).subject).toBe("[Kaisetsu] Your password was changed");
    expect((await verifyCredentials({ email, password: "brand new passphrase" }, { ip: "198.51.100.8" })).ok).toBe(
      true,
    );
  });
});
