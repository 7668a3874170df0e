import type { Metadata } from "next";
import { MisconceptionList } from "@/components/review/misconception-list";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { StartRoundButton } from "@/components/quiz/start-round-button";
import { format } from "@/lib/i18n/format";
import { listMisconceptions } from "@/lib/server/review/list-misconceptions";
import { countLeeches } from "@/lib/server/review/count-leeches";
import { DEFAULT_EXAM_ID } from "@/lib/review/queue-settings";
import { startLeechDrillAction } from "../review/actions";
import { startMisconceptionDrillAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.learning.drills.title };
}

/** Every misconception the bank tests, the learner's own most frequent ones first. */
export default async function DrillsPage() {
  const [{ locale, t }, user] = await Promise.all([getI18n(), getSessionUser()]);
  const d = t.learning.drills;
  const [all, leeches] = await Promise.all([
    listMisconceptions(user?.id ?? null, locale),
    user ? countLeeches(user.id, DEFAULT_EXAM_ID) : Promise.resolve(0),
  ]);
  const mine = all.filter((item) => item.timesPicked > 0).sort((a, b) => b.timesPicked - a.timesPicked);
  return (
    <section className="stack" aria-labelledby="drills-title">
      <h1 id="drills-title">{d.title}</h1>
      <p className="lead">{d.lead}</p>
      {leeches > 0 ? (
        <div className="card stack" data-testid="leech-drill">
          <p>{format(t.learning.review.leeches, { count: leeches })}</p>
          <StartRoundButton
            action={startLeechDrillAction}
            fields={{ examId: DEFAULT_EXAM_ID }}
            label={t.learning.review.leechDrill}
          />
        </div>
      ) : null}
      {user ? (
        <section aria-labelledby="drills-top" className="stack">
          <h2 id="drills-top">{d.top}</h2>
          {mine.length > 0 ? (
            <MisconceptionList items={mine.slice(0, 5)} startAction={startMisconceptionDrillAction} />
          ) : (
            <p className="muted">{d.noneYet}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="drills-all" className="stack">
        <h2 id="drills-all">{d.all}</h2>
        <MisconceptionList items={all} startAction={startMisconceptionDrillAction} isFolded />
      </section>
    </section>
  );
}
