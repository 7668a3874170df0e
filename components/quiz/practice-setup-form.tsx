"use client";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import { MAX_PRACTICE_SIZE } from "@/lib/quiz/schemas";
import { SetupForm } from "./setup-form";
import styles from "./setup-form.module.css";

export type PracticeExamOption = {
  id: string;
  title: string;
  domains: { slug: string; title: string; questionCount: number }[];
  /** `label`: the topic in the reader's language (lib/i18n/topics.ts). */
  topics: { topic: string; count: number; label?: string }[];
  /** Task statements with live questions ("1.2"), labelled in the reader's language. */
  tasks: { task: string; label: string; count: number }[];
};

type Props = {
  exams: PracticeExamOption[];
  defaultExamId: string;
  isSignedIn: boolean;
  action: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
};

/** Practice filters: bank, optional domains and topics, size, and (signed in) only the questions last answered wrong. */
export function PracticeSetupForm({ exams, defaultExamId, isSignedIn, action }: Props) {
  const t = useMessages("practiceSetup");
  return (
    <SetupForm id="practice" exams={exams} defaultExamId={defaultExamId} action={action} namespace="practiceSetup">
      {(exam) => (
        <>
          <fieldset className={styles.group} key={`domains-${exam.id}`}>
            <legend>{t.domains}</legend>
            <div className={styles.chips}>
              {exam.domains.map((domain) => (
                <label key={domain.slug} className={styles.chip}>
                  <input type="checkbox" name="domains" value={domain.slug} />
                  <span>
                    {domain.title}{" "}
                    <span className="muted">({format(t.questions, { count: domain.questionCount })})</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {exam.tasks.length > 0 ? (
            <details className={styles.group} key={`tasks-${exam.id}`}>
              <summary>{t.tasks}</summary>
              <fieldset className={styles.bare}>
                <legend className="sr-only">{t.tasks}</legend>
                <div className={styles.chips}>
                  {exam.tasks.map(({ task, label, count }) => (
                    <label key={task} className={styles.chip}>
                      <input type="checkbox" name="tasks" value={task} />
                      <span>
                        {task} {label} <span className="muted">({count})</span>
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </details>
          ) : null}
          <details className={styles.group} key={`topics-${exam.id}`}>
            <summary>{t.topics}</summary>
            <fieldset className={styles.bare}>
              <legend className="sr-only">{t.topics}</legend>
              <div className={styles.chips}>
                {exam.topics.map(({ topic, count, label }) => (
                  <label key={topic} className={styles.chip}>
                    <input type="checkbox" name="topics" value={topic} />
                    <span>
                      {label ?? topic} <span className="muted">({count})</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </details>
          <div className="field">
            <label htmlFor="practice-size">{t.size}</label>
            <input
              id="practice-size"
              name="size"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_PRACTICE_SIZE}
              defaultValue={10}
              className={styles.size}
              required
            />
          </div>
          <fieldset className={styles.group}>
            <legend>{t.source}</legend>
            <label className={styles.radio}>
              <input type="radio" name="source" value="all" defaultChecked />
              {t.sourceAll}
            </label>
            <label className={styles.radio}>
              <input type="radio" name="source" value="wrong" disabled={!isSignedIn} />
              {isSignedIn ? t.sourceWrong : t.sourceWrongSignIn}
            </label>
            <label className={styles.radio}>
              <input type="radio" name="source" value="flagged" disabled={!isSignedIn} />
              {isSignedIn ? t.sourceFlagged : t.sourceFlaggedSignIn}
            </label>
          </fieldset>
        </>
      )}
    </SetupForm>
  );
}
