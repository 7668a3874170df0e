"use client";
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import type { QuizMessages } from "@/lib/i18n/messages/quiz";
import { MAX_PRACTICE_SIZE } from "@/lib/quiz/schemas";
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
  t: QuizMessages["practice"] & { questions: string };
};

/** Practice filters: bank, optional domains and topics, size, and (signed in) only the questions last answered wrong. */
export function PracticeSetupForm({ exams, defaultExamId, isSignedIn, action, t }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  const [examId, setExamId] = useState(defaultExamId);
  const exam = exams.find((candidate) => candidate.id === examId) ?? exams[0];
  if (!exam) return null;
  return (
    <form
      action={formAction}
      className={`card stack ${styles.form}`}
      aria-describedby={state && !state.ok ? "practice-error" : undefined}
    >
      <div className="field">
        <label htmlFor="practice-exam">{t.exam}</label>
        <select id="practice-exam" name="examId" value={exam.id} onChange={(event) => setExamId(event.target.value)}>
          {exams.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={styles.group} key={`domains-${exam.id}`}>
        <legend>{t.domains}</legend>
        <div className={styles.chips}>
          {exam.domains.map((domain) => (
            <label key={domain.slug} className={styles.chip}>
              <input type="checkbox" name="domains" value={domain.slug} />
              <span>
                {domain.title} <span className="muted">({format(t.questions, { count: domain.questionCount })})</span>
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
      {state && !state.ok ? (
        <p id="practice-error" role="alert" className="alert-error">
          {state.message}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t.start}
        </button>
      </div>
    </form>
  );
}
