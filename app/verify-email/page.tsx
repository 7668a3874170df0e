import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/auth/account-form";
import { EmailTokenSection } from "@/components/auth/email-token-section";
import { getI18n } from "@/lib/i18n/server";
import { confirmEmailAction } from "./actions";
import { Messages } from "@/components/i18n/messages";

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.account.verify.title };
}

export default async function VerifyEmailPage({ searchParams }: Props) {
  const { t } = await getI18n();
  const texts = t.account.verify;
  return (
    <Messages namespaces={["verifyForm", "fieldErrors"]}>
      <EmailTokenSection
        id="verify"
        title={texts.title}
        lead={texts.lead}
        token={(await searchParams).token}
        form={(token) => (
          <AccountForm id="verify" action={confirmEmailAction} hidden={{ token }} namespace="verifyForm" fields={[]} />
        )}
        missing={
          // A way on from a broken link, as the reset page offers: the profile resends the mail (after signing in).
          <>
            <p role="alert" className="alert-error">
              {texts.missing}
            </p>
            <p>
              <Link href="/profile">{texts.resend}</Link>
            </p>
          </>
        }
      />
    </Messages>
  );
}
