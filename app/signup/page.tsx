import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/auth/account-form";
import styles from "@/components/auth/auth-form.module.css";
import { callbackUrlSchema, displayNameMaxLength, passwordMaxLength, passwordMinLength } from "@/lib/auth/schemas";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { signUpAction } from "./actions";
import { Messages } from "@/components/i18n/messages";

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.signUp.title };
}

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = callbackUrlSchema.parse((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const { t } = await getI18n();
  return (
    <Messages namespaces={["signUpForm", "fieldErrors"]}>
      <section className="narrow stack" aria-labelledby="signup-title">
        <h1 id="signup-title">{t.auth.signUp.title}</h1>
        <p className="lead">{t.auth.signUp.lead}</p>
        {/* Accepted, the form gives way to "check your email" (the same answer for a new and a registered address). */}
        <AccountForm
          id="signup"
          action={signUpAction}
          hidden={{ callbackUrl }}
          namespace="signUpForm"
          fields={[
            { name: "name", autoComplete: "nickname", maxLength: displayNameMaxLength },
            { name: "email", type: "email", autoComplete: "email" },
            {
              name: "password",
              type: "password",
              autoComplete: "new-password",
              minLength: passwordMinLength,
              maxLength: passwordMaxLength,
            },
          ]}
        />
        <p className={styles.switch}>
          {t.auth.signUp.haveAccount}{" "}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t.auth.signUp.signInLink}</Link>
        </p>
      </section>
    </Messages>
  );
}
