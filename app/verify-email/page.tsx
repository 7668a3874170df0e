import type { Metadata } from "next";
import { AccountForm } from "@/components/auth/account-form";
import { authFieldErrorTexts } from "@/lib/auth/form-texts";
import { emailTokenSchema } from "@/lib/auth/schemas";
import { getI18n } from "@/lib/i18n/server";
import { confirmEmailAction } from "./actions";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.account.verify.title };
}

export default async function VerifyEmailPage({ searchParams }: Props) {
  const { t } = await getI18n();
  const texts = t.account.verify;
  const token = emailTokenSchema.safeParse((await searchParams).token);
  return (
    <section className="narrow stack" aria-labelledby="verify-title">
      <h1 id="verify-title">{texts.title}</h1>
      {token.success ? (
        <>
          <p className="lead">{texts.lead}</p>
          <AccountForm
            id="verify"
            action={confirmEmailAction}
            hidden={{ token: token.data }}
            fields={[]}
            t={{ submit: texts.submit, pending: texts.pending, fieldErrors: authFieldErrorTexts(t.auth) }}
          />
        </>
      ) : (
        <p role="alert" className="alert-error">
          {texts.missing}
        </p>
      )}
    </section>
  );
}
