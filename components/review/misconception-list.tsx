import { StartRoundButton } from "@/components/quiz/start-round-button";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import type { MisconceptionSummary } from "@/lib/review/dto";
import styles from "./review.module.css";

type Props = {
  items: MisconceptionSummary[];
  startAction: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
};

/** Misconceptions with their explanation, how often the learner fell for each, and a drill button. */
export async function MisconceptionList({ items, startAction }: Props) {
  const t = (await getMessages("learning")).drills;
  return (
    <ul className={styles.misconceptions}>
      {items.map((item) => (
        <li key={item.id} className="card" data-testid={`misconception-${item.id}`}>
          <h3>{item.name}</h3>
          <p>{item.explanation}</p>
          <p className="meta">
            <span>{format(t.questions, { count: item.questionCount })}</span>
            {item.timesPicked > 0 ? <span>{format(t.picked, { count: item.timesPicked })}</span> : null}
          </p>
          <StartRoundButton
            action={startAction}
            fields={{ misconceptionId: item.id }}
            label={t.start}
            className="button button-quiet"
          />
        </li>
      ))}
    </ul>
  );
}
