import type { Metadata } from "next";
import Link from "next/link";
import { MasteryMap } from "@/components/review/mastery-map";
import { ReadinessCard } from "@/components/review/readiness-card";
import { getSessionUser } from "@/lib/auth/session";
import { requestNow } from "@/lib/request-context";
import { getI18n } from "@/lib/i18n/server";
import { getMastery } from "@/lib/server/review/get-mastery";
import { startPracticeAction } from "../practice/actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.learning.mastery.title, robots: { index: false } };
}

/** The mastery map of the SAA-C03 task statements and the readiness estimate. */
export default async function MasteryPage() {
  const [{ t }, user] = await Promise.all([getI18n(), getSessionUser()]);
  const m = t.learning.mastery;
  if (!user) {
    return (
      <section className="stack">
        <h1>{m.title}</h1>
        <p className="lead">{m.lead}</p>
        <p className="notice">
          {m.signIn} <Link href="/signin?callbackUrl=%2Fmastery">{t.quiz.exam.signIn}</Link>
        </p>
      </section>
    );
  }
  const mastery = await getMastery(user.id, await requestNow());
  return (
    <section className="stack" aria-labelledby="mastery-title">
      <h1 id="mastery-title">{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <ReadinessCard readiness={mastery.readiness} />
      <p className="muted">{m.legend}</p>
      <MasteryMap examId={mastery.examId} tasks={mastery.tasks} startAction={startPracticeAction} />
    </section>
  );
}
