import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import styles from "@/components/auth/auth-form.module.css";
import { authFieldErrorTexts } from "@/lib/auth/form-texts";
import { callbackUrlSchema, displayNameMaxLength, passwordMaxLength, passwordMinLength } from "@/lib/auth/schemas";
import { getSessionUser } from "@/lib/auth/session";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { signUpAction } from "./actions";

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.signUp.title };
}

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = callbackUrlSchema.parse((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const { t } = await getI18n();
  const texts = {
    ...t.auth.fields,
    ...t.auth.signUp,
    checkEmailTitle: t.account.checkEmail.title,
    checkEmailBody: t.account.checkEmail.body,
    passwordHint: format(t.auth.signUp.passwordHint, { min: passwordMinLength }),
    fieldErrors: authFieldErrorTexts(t.auth),
  };
  return (
    <section className="narrow stack" aria-labelledby="signup-title">
      <h1 id="signup-title">{t.auth.signUp.title}</h1>
      <p className="lead">{t.auth.signUp.lead}</p>
      <SignUpForm
        action={signUpAction}
        callbackUrl={callbackUrl}
        limits={{ nameMax: displayNameMaxLength, passwordMin: passwordMinLength, passwordMax: passwordMaxLength }}
        t={texts}
      />
      <p className={styles.switch}>
        {t.auth.signUp.haveAccount}{" "}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t.auth.signUp.signInLink}</Link>
      </p>
    </section>
  );
}
