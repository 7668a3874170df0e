import "server-only";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send-mail";
import { publicUrl } from "@/lib/public-url";

type AccountMail =
  | ["verify", { to: string; locale: Locale; name: string | null; token: string }]
  | ["existing", { to: string; locale: Locale }]
  | ["reset", { to: string; locale: Locale; token: string }]
  | ["changed", { to: string; locale: Locale }];

/** The account mails, in the reader's language, with links built from the configured public URL. */
export async function sendAccountMail<K extends AccountMail[0]>(
  kind: K,
  values: Extract<AccountMail, [K, unknown]>[1],
): Promise<void> {
  const t = dictionaryFor(values.locale).account.mail;
  const signIn = publicUrl("/signin");
  const forgot = publicUrl("/forgot-password");
  const link =
    "token" in values
      ? publicUrl(`/${kind === "verify" ? "verify-email" : "reset-password"}?token=${values.token}`)
      : "";
  const name = ("name" in values ? values.name : null) ?? values.to;
  const [subject, body] =
    kind === "verify"
      ? [t.verifySubject, t.verifyBody]
      : kind === "existing"
        ? [t.existingSubject, t.existingBody]
        : kind === "reset"
          ? [t.resetSubject, t.resetBody]
          : [t.changedSubject, t.changedBody];
  await sendMail({ to: values.to, subject, text: format(body, { name, link, signIn, forgot }) });
}
