import Link from "next/link";
import { StartRoundButton } from "@/components/quiz/start-round-button";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import styles from "./review.module.css";

type Props = {
  examId: string;
  isSignedIn: boolean;
  /** Questions due today (signed in), or 0. */
  dueCount: number;
  /** True until the learner has answered anything: then the diagnostic leads. */
  isNew: boolean;
  startAction: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  simulatorHref: string;
};

/** What to do first: the review queue when one is waiting, else a short diagnostic; the simulator; the exam needs an account. */
export async function Onboarding({ examId, isSignedIn, dueCount, isNew, startAction, simulatorHref }: Props) {
  const t = await getMessages("learning");
  if (dueCount > 0) {
    return (
      <section className="card row" aria-labelledby="review-waiting" data-testid="home-review">
        <p id="review-waiting">
          <strong>{format(t.review.homeDue, { count: dueCount })}</strong> {t.onboarding.reviewWaiting}
        </p>
        <Link className="button" href="/review">
          {t.review.homeOpen}
        </Link>
      </section>
    );
  }
  if (!isNew) return null;
  const o = t.onboarding;
  return (
    <section className="card stack" aria-labelledby="onboarding-title" data-testid="onboarding">
      <h2 id="onboarding-title" className={styles.cardTitle}>
        {o.title}
      </h2>
      <ol className="stack">
        <li>
          <p>{o.step1}</p>
          <StartRoundButton
            action={startAction}
            fields={{ examId, size: 10 }}
            label={o.diagnostic}
            testId="start-diagnostic"
          />
        </li>
        <li>
          <p>{o.step2}</p>
          <Link href={simulatorHref}>{o.simulatorExample}</Link>
        </li>
        <li>
          <p>{o.step3}</p>
          {isSignedIn ? null : <Link href="/signup">{o.signUp}</Link>}
        </li>
      </ol>
    </section>
  );
}
