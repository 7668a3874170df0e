import { StartRoundButton } from "@/components/quiz/start-round-button";
import { masteryLevel, recallPercent } from "@/components/review/mastery-level";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import type { TaskMastery } from "@/lib/review/dto";
import styles from "./review.module.css";

type Props = {
  examId: string;
  tasks: TaskMastery[];
  startAction: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
};

const levelClass = { none: styles.levelNone, low: styles.levelLow, mid: styles.levelMid, high: styles.levelHigh };

/** One tile per task statement, coloured by recall; each tile's button starts practice on that task. */
export async function MasteryMap({ examId, tasks, startAction }: Props) {
  const t = await getMessages("learning");
  return (
    <ul className={styles.map} data-testid="mastery-map">
      {tasks.map((task) => {
        const level = masteryLevel(task.recall);
        return (
          <li
            key={task.task}
            className={`${styles.tile} ${levelClass[level]}`}
            data-testid={`task-${task.task}`}
            data-level={level}
          >
            <p className={styles.tileHead}>
              <span className={styles.tileId}>{task.task}</span>
              <span className={styles.tileLabel}>{t.tasks[task.labelKey]}</span>
            </p>
            <p className={styles.tileFacts}>
              <span data-testid="seen">{format(t.mastery.seen, { seen: task.seen, total: task.total })}</span>
              {" · "}
              <span data-testid="recall">
                {task.recall === null
                  ? t.mastery.notSeen
                  : format(t.mastery.recall, { percent: recallPercent(task.recall) })}
              </span>
            </p>
            {task.total > 0 ? (
              <StartRoundButton
                action={startAction}
                fields={{ examId, tasks: [task.task], size: 10 }}
                label={format(t.mastery.practise, { task: task.task })}
                className="button button-quiet"
              />
            ) : (
              <span className="muted">{t.mastery.noQuestions}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
