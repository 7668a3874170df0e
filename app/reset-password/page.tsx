import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/auth/account-form";
import { EmailTokenSection } from "@/components/auth/email-token-section";
import { passwordMaxLength, passwordMinLength } from "@/lib/auth/schemas";
import { getI18n } from "@/lib/i18n/server";
import { resetPasswordAction } from "./actions";
import { Messages } from "@/components/i18n/messages";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.account.reset.title };
}

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { t } = await getI18n();
  const texts = t.account.reset;
  return (
    <Messages namespaces={["resetForm", "fieldErrors"]}>
      <EmailTokenSection
        id="reset"
        title={texts.title}
        lead={texts.lead}
        token={(await searchParams).token}
        form={(token) => (
          <AccountForm
            id="reset"
            action={resetPasswordAction}
            hidden={{ token }}
            namespace="resetForm"
            fields={[
              {
                name: "password",
                type: "password",
                autoComplete: "new-password",
                minLength: passwordMinLength,
                maxLength: passwordMaxLength,
              },
            ]}
          />
        )}
        missing={
          <>
            <p role="alert" className="alert-error">
              {t.account.verify.missing}
            </p>
            <p>
              <Link href="/forgot-password">{t.account.forgot.title}</Link>
            </p>
          </>
        }
      />
    </Messages>
  );
}
