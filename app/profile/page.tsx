import type { Metadata } from "next";
import { Messages } from "@/components/i18n/messages";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/auth/account-form";
import { ProfileForm } from "@/components/auth/profile-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import styles from "@/components/auth/auth-form.module.css";
import { displayNameMaxLength, passwordMaxLength, passwordMinLength } from "@/lib/auth/schemas";
import { getSessionUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/dates";
import { getI18n } from "@/lib/i18n/server";
import { getTimeZone } from "@/lib/i18n/time-zone";
import { getProfile } from "@/lib/server/accounts/get-profile";
import Link from "next/link";
import { MisconceptionList } from "@/components/review/misconception-list";
import { ReviewStatsPanel } from "@/components/review/review-stats-panel";
import { requestNow } from "@/lib/request-context";
import { topMisconceptions } from "@/lib/server/review/top-misconceptions";
import { getReviewStats } from "@/lib/server/review/review-stats";
import { startMisconceptionDrillAction } from "../drills/actions";
import {
  changePasswordAction,
  resendVerificationAction,
  signOutEverywhereAction,
  updateProfileAction,
} from "./actions";

type Props = { searchParams: Promise<{ verified?: string; passwordChanged?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.profile.title };
}

export default async function ProfilePage({ searchParams }: Props) {
  const user = await getSessionUser();
  if (!user) redirect("/signin?callbackUrl=%2Fprofile");
  const { locale, t } = await getI18n();
  const [profile, stats, top] = await Promise.all([
    getProfile(user),
    getReviewStats(user.id, await requestNow()),
    topMisconceptions(user.id, locale),
  ]);
  const params = await searchParams;
  const status = t.account.status;
  const since = formatDate(profile.createdAt, locale, await getTimeZone()).text;
  return (
    <Messages namespaces={["profileForm", "resendForm", "changePasswordForm", "fieldErrors", "signOutEverywhere"]}>
      <section className="narrow stack" aria-labelledby="profile-title">
        <h1 id="profile-title">{t.auth.profile.title}</h1>
        <p className="lead">{t.auth.profile.lead}</p>
        {params.passwordChanged ? (
          <p role="status" className="alert-ok">
            {t.account.change.done}
          </p>
        ) : null}
        <dl className={styles.facts}>
          <dt>{t.auth.profile.email}</dt>
          <dd>{profile.email}</dd>
          <dt>{status.label}</dt>
          <dd>{profile.isEmailVerified ? status.verified : status.unverified}</dd>
          <dt>{t.auth.profile.role}</dt>
          <dd>{t.auth.profile.roles[profile.role]}</dd>
          <dt>{t.account.status.timeZone}</dt>
          <dd>{profile.timeZone ?? "—"}</dd>
          <dt>{t.auth.profile.memberSince}</dt>
          <dd>{since}</dd>
        </dl>
        <ProfileForm action={updateProfileAction} name={profile.name ?? ""} nameMax={displayNameMaxLength} />
        <ReviewStatsPanel stats={stats} />
        <section className="stack" aria-labelledby="top-misconceptions">
          <h2 id="top-misconceptions">{t.learning.drills.top}</h2>
          {top.length > 0 ? (
            <MisconceptionList items={top} startAction={startMisconceptionDrillAction} />
          ) : (
            <p className="muted">{t.learning.drills.noneYet}</p>
          )}
        </section>
        <p className="row">
          <Link href="/drills">{t.learning.drills.open}</Link>
          <Link href="/review">{t.learning.review.title}</Link>
          <Link href="/mastery">{t.learning.mastery.open}</Link>
        </p>
        {!profile.isEmailVerified && profile.email ? (
          <div className="card stack">
            <AccountForm id="resend" action={resendVerificationAction} namespace="resendForm" fields={[]} />
          </div>
        ) : null}
        <div className="card stack" aria-labelledby="change-password-title">
          <h2 id="change-password-title">{t.account.change.title}</h2>
          {profile.hasPassword ? (
            <AccountForm
              id="change-password"
              action={changePasswordAction}
              namespace="changePasswordForm"
              fields={[
                { name: "currentPassword", type: "password", autoComplete: "current-password" },
                {
                  name: "newPassword",
                  type: "password",
                  autoComplete: "new-password",
                  minLength: passwordMinLength,
                  maxLength: passwordMaxLength,
                },
              ]}
            />
          ) : (
            <p className="muted">{t.account.change.noPassword}</p>
          )}
        </div>
        <div className="card stack">
          <p className="muted">{t.auth.profile.signOutEverywhereHint}</p>
          <SignOutButton
            action={signOutEverywhereAction}
            callbackUrl="/signin"
            scope="everywhere"
            className="button button-danger"
          />
        </div>
      </section>
    </Messages>
  );
}
