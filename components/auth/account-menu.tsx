import Link from "next/link";
import { SignOutButton, type SignOutAction } from "@/components/auth/sign-out-button";
import { Messages } from "@/components/i18n/messages";
import { getSessionUser } from "@/lib/auth/session";
import { DatabaseUnavailableError } from "@/lib/db-errors";
import { format } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import styles from "./account-menu.module.css";

/** The header's account corner: sign-in link when signed out; name (to the profile) and sign-out when signed in. */
/** `signOutAction` comes from the route (app/layout.tsx): components never import app/. */
export async function AccountMenu({
  currentPath,
  signOutAction,
}: {
  currentPath: string;
  signOutAction: SignOutAction;
}) {
  const [user, { t }] = await Promise.all([
    getSessionUser().catch((error: unknown) =>
      error instanceof DatabaseUnavailableError ? undefined : Promise.reject(error),
    ),
    getI18n(),
  ]);
  // The session could not be checked (database unavailable): show neither "sign in" nor a name, the page says why.
  if (user === undefined) return <div className={styles.menu} />;
  // Never send someone back to the sign-in or sign-up page itself after signing in or out.
  const returnTo = /^\/(signin|signup)(\?|$)/.test(currentPath) ? "/" : currentPath;
  if (!user) {
    return (
      <div className={styles.menu}>
        <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`} className="button button-quiet">
          {t.common.nav.signIn}
        </Link>
      </div>
    );
  }
  const name = user.name ?? t.auth.anonymous;
  return (
    <div className={styles.menu}>
      <Link href="/profile" className={styles.name} title={format(t.auth.header.signedInAs, { name })}>
        <span className="sr-only">{t.auth.header.profile}: </span>
        {name}
      </Link>
      <Messages namespaces={["common"]}>
        <SignOutButton action={signOutAction} callbackUrl={returnTo === "/profile" ? "/" : returnTo} />
      </Messages>
    </div>
  );
}
