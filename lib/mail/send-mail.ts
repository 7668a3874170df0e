import "server-only";
import { createTransport, type Transporter } from "nodemailer";

export type Mail = { to: string; subject: string; text: string };

// One transport per process is a connection pool, not state: any app server can send any mail.
let transport: Transporter | undefined;

/** The sender address: KAISETSU_MAIL_FROM, or a no-reply address on the configured public host. */
export function mailFrom(env: Record<string, string | undefined> = process.env): string {
  return env.KAISETSU_MAIL_FROM || "Kaisetsu <no-reply@kaisetsu.invalid>";
}

/**
 * Sends a plain-text mail through SMTP_URL (e.g. `smtps://user:pass@smtp.example.com:465`). Without SMTP_URL the mail
 * is printed to the server's log instead, so `npm start` on a laptop still shows the verification and reset links.
 */
export async function sendMail(mail: Mail, env: Record<string, string | undefined> = process.env): Promise<void> {
  const url = env.SMTP_URL;
  if (!url) {
    process.stdout.write(
      `\n── mail (SMTP_URL is not set, so it is printed instead of sent) ──\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n──────────\n\n`,
    );
    return;
  }
  transport ??= createTransport(url);
  await transport.sendMail({ from: mailFrom(env), to: mail.to, subject: mail.subject, text: mail.text });
}
