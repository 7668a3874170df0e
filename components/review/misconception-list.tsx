import { StartRoundButton } from "@/components/quiz/start-round-button";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import type { MisconceptionSummary } from "@/lib/review/dto";
import styles from "./review.module.css";

type Props = {
  items: MisconceptionSummary[];
  startAction: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  /**
   * Each misconception folded to its name and counts, its explanation and drill button shown on opening: for the
   * whole catalogue (some seventy, a very long page on a phone when every explanation is shown).
   */
  isFolded?: boolean;
};

/** Misconceptions with their explanation, how often the learner fell for each, and a drill button. */
export async function MisconceptionList({ items, startAction, isFolded = false }: Props) {
  const t = (await getMessages("learning")).drills;
  // A summary holds phrasing content and one heading: the counts are a span there.
  const Meta = isFolded ? "span" : "p";
  return (
    <ul className={`${styles.misconceptions} ${isFolded ? styles.misconceptionsFolded : ""}`}>
      {items.map((item) => {
        const meta = (
          <Meta className="meta">
            <span>{format(t.questions, { count: item.questionCount })}</span>
            {item.timesPicked > 0 ? <span>{format(t.picked, { count: item.timesPicked })}</span> : null}
          </Meta>
        );
        const body = (
          <>
            <p>{item.explanation}</p>
            <StartRoundButton
              action={startAction}
              fields={{ misconceptionId: item.id }}
              label={t.start}
              className="button button-quiet"
            />
          </>
        );
        return (
          <li key={item.id} className="card" data-testid={`misconception-${item.id}`}>
            {isFolded ? (
              <details>
                <summary>
                  <h3>{item.name}</h3>
                  {meta}
                </summary>
                {body}
              </details>
            ) : (
              <>
                <h3>{item.name}</h3>
                {meta}
                {body}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
