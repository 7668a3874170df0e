import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { enabledOAuthProviders } from "@/auth";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { AccountForm } from "@/components/auth/account-form";
import styles from "@/components/auth/auth-form.module.css";
import { callbackUrlSchema } from "@/lib/auth/schemas";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { oauthSignInAction, signInAction } from "./actions";
import { Messages } from "@/components/i18n/messages";

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.signIn.title };
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = callbackUrlSchema.parse(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const { t } = await getI18n();
  const oauth = enabledOAuthProviders().map((id) => ({ id, label: id === "github" ? t.auth.signIn.withGitHub : id }));
  return (
    <Messages namespaces={["signInForm", "fieldErrors"]}>
      <section className="narrow stack" aria-labelledby="signin-title">
        <h1 id="signin-title">{t.auth.signIn.title}</h1>
        <p className="lead">{t.auth.signIn.lead}</p>
        {/* Auth.js sends failed OAuth sign-ins back here with ?error=…: say so without echoing the code. */}
        {params.error ? (
          <p role="alert" className="alert-error">
            {t.auth.errors.signInFailed}
          </p>
        ) : null}
        <AccountForm
          id="signin"
          action={signInAction}
          hidden={{ callbackUrl }}
          namespace="signInForm"
          fields={[
            { name: "email", type: "email", autoComplete: "email" },
            { name: "password", type: "password", autoComplete: "current-password" },
          ]}
        />
        {oauth.length > 0 ? (
          <>
            <p className={styles.divider}>{t.auth.signIn.orWith}</p>
            <OAuthButtons action={oauthSignInAction} providers={oauth} callbackUrl={callbackUrl} />
          </>
        ) : null}
        <p className={styles.switch}>
          <Link href="/forgot-password">{t.account.forgot.link}</Link>
        </p>
        <p className={styles.switch}>
          {t.auth.signIn.noAccount}{" "}
          <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t.auth.signIn.signUpLink}</Link>
        </p>
      </section>
    </Messages>
  );
}
