import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/auth/profile-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import styles from "@/components/auth/auth-form.module.css";
import { authFieldErrorTexts } from "@/lib/auth/form-texts";
import { displayNameMaxLength } from "@/lib/auth/schemas";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getProfile } from "@/lib/server/accounts/update-profile";
import Link from "next/link";
import { ReviewStatsPanel } from "@/components/review/review-stats-panel";
import { now } from "@/lib/clock";
import { getReviewStats } from "@/lib/server/review/review-stats";
import { MisconceptionList } from "@/components/review/misconception-list";
import { topMisconceptions } from "@/lib/server/review/misconceptions";
import { startMisconceptionDrillAction } from "../drills/actions";
import { signOutEverywhereAction, updateProfileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.profile.title };
}

export default async function ProfilePage() {
  const user = await getSessionUser();
  if (!user) redirect("/signin?callbackUrl=%2Fprofile");
  const { locale, t } = await getI18n();
  const [profile, stats, top] = await Promise.all([getProfile(user), getReviewStats(user.id, await now()), topMisconceptions(user.id, locale)]);
  const since = new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-US", { dateStyle: "long" }).format(profile.createdAt);
  return (
    <section className="narrow stack" aria-labelledby="profile-title">
      <h1 id="profile-title">{t.auth.profile.title}</h1>
      <p className="lead">{t.auth.profile.lead}</p>
      <dl className={styles.facts}>
        <dt>{t.auth.profile.email}</dt>
        <dd>{profile.email}</dd>
        <dt>{t.auth.profile.role}</dt>
        <dd>{t.auth.profile.roles[profile.role]}</dd>
        <dt>{t.auth.profile.memberSince}</dt>
        <dd>{since}</dd>
      </dl>
      <ProfileForm action={updateProfileAction} name={profile.name ?? ""} nameMax={displayNameMaxLength} t={{ name: t.auth.fields.name, ...t.auth.profile, fieldErrors: authFieldErrorTexts(t.auth) }} />
      <ReviewStatsPanel stats={stats} t={t.learning.stats} />
      <section className="stack" aria-labelledby="top-misconceptions">
        <h2 id="top-misconceptions">{t.learning.drills.top}</h2>
        {top.length > 0 ? <MisconceptionList items={top} startAction={startMisconceptionDrillAction} t={t.learning.drills} /> : <p className="muted">{t.learning.drills.noneYet}</p>}
      </section>
      <p className="row">
        <Link href="/drills">{t.learning.drills.open}</Link>
        <Link href="/review">{t.learning.review.title}</Link>
        <Link href="/mastery">{t.learning.mastery.open}</Link>
      </p>
      <div className="card stack">
        <p className="muted">{t.auth.profile.signOutEverywhereHint}</p>
        <SignOutButton action={signOutEverywhereAction} callbackUrl="/signin" label={t.auth.profile.signOutEverywhere} className="button button-danger" />
      </div>
    </section>
  );
}
