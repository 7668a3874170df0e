// Starts scripts/smtp-sink.ts as a child process on a free loopback port, for tests that read the mail the app sends.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./build";
import { findFreePort } from "./embedded-postgres";

export type SinkMail = { to: string[]; from: string | null; subject: string; text: string };
export type SmtpSink = { url: string; folder: string; stop: () => Promise<void> };

export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await findFreePort();
  const folder = mkdtempSync(path.join(os.tmpdir(), "kaisetsu-mail-"));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts/smtp-sink.ts"), String(port), folder],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The SMTP sink did not start within 30 s")), 30_000);
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`The SMTP sink exited with code ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(folder, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once("exit", done);
      child.kill("SIGTERM");
    });
  return { url: `smtp://127.0.0.1:${port}`, folder, stop };
}

/** Every mail in the sink's folder to `address`, oldest first. */
export function readSinkMails(folder: string, address: string): SinkMail[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), "utf8")) as SinkMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits (polling, bounded) until `address` has received more than `after` mails, and returns the newest. */
export async function waitForSinkMail(
  folder: string,
  address: string,
  after = 0,
  timeoutMs = 15_000,
): Promise<SinkMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = readSinkMails(folder, address);
    if (mails.length > after) return mails[mails.length - 1] as SinkMail;
    if (Date.now() > deadline) throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first link in a mail's text that leads to `pathname` on the app. */
export function linkIn(mail: SinkMail, pathname: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname === pathname);
  if (!link) throw new Error(`No ${pathname} link in the mail "${mail.subject}"`);
  return link;
}
