import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/auth/account-form";
import { authFieldErrorTexts } from "@/lib/auth/form-texts";
import { emailTokenSchema, passwordMaxLength, passwordMinLength } from "@/lib/auth/schemas";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { resetPasswordAction } from "./actions";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.account.reset.title };
}

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { t } = await getI18n();
  const texts = t.account.reset;
  const token = emailTokenSchema.safeParse((await searchParams).token);
  return (
    <section className="narrow stack" aria-labelledby="reset-title">
      <h1 id="reset-title">{texts.title}</h1>
      {token.success ? (
        <>
          <p className="lead">{texts.lead}</p>
          <AccountForm
            id="reset"
            action={resetPasswordAction}
            hidden={{ token: token.data }}
            fields={[
              {
                name: "password",
                type: "password",
                autoComplete: "new-password",
                label: texts.newPassword,
                hint: format(t.auth.signUp.passwordHint, { min: passwordMinLength }),
                minLength: passwordMinLength,
                maxLength: passwordMaxLength,
              },
            ]}
            t={{ submit: texts.submit, pending: texts.pending, fieldErrors: authFieldErrorTexts(t.auth) }}
          />
        </>
      ) : (
        <>
          <p role="alert" className="alert-error">
            {t.account.verify.missing}
          </p>
          <p>
            <Link href="/forgot-password">{t.account.forgot.title}</Link>
          </p>
        </>
      )}
    </section>
  );
}
