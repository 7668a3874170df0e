import type { Metadata } from "next";
import { AccountForm } from "@/components/auth/account-form";
import { getI18n } from "@/lib/i18n/server";
import { requestPasswordResetAction } from "./actions";
import { Messages } from "@/components/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.account.forgot.title };
}

export default async function ForgotPasswordPage() {
  const { t } = await getI18n();
  const texts = t.account.forgot;
  return (
    <Messages namespaces={["forgotForm", "fieldErrors"]}>
      <section className="narrow stack" aria-labelledby="forgot-title">
        <h1 id="forgot-title">{texts.title}</h1>
        <p className="lead">{texts.lead}</p>
        <AccountForm
          id="forgot"
          action={requestPasswordResetAction}
          namespace="forgotForm"
          fields={[{ name: "email", type: "email", autoComplete: "email" }]}
        />
      </section>
    </Messages>
  );
}
