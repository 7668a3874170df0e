import type { Metadata } from "next";
import { AccountForm } from "@/components/auth/account-form";
import { authFieldErrorTexts } from "@/lib/auth/form-texts";
import { getI18n } from "@/lib/i18n/server";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.account.forgot.title };
}

export default async function ForgotPasswordPage() {
  const { t } = await getI18n();
  const texts = t.account.forgot;
  return (
    <section className="narrow stack" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{texts.title}</h1>
      <p className="lead">{texts.lead}</p>
      <AccountForm
        id="forgot"
        action={requestPasswordResetAction}
        fields={[{ name: "email", type: "email", autoComplete: "email", label: t.auth.fields.email }]}
        t={{ submit: texts.submit, pending: texts.pending, done: texts.sent, fieldErrors: authFieldErrorTexts(t.auth) }}
      />
    </section>
  );
}
