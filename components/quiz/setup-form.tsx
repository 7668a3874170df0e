"use client";
import { useActionState, useState, type ReactNode } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";
import styles from "./setup-form.module.css";

type Props<E extends { id: string; title: string }> = {
  /** Prefix of the element ids (the bank select is `<id>-exam`, the error `<id>-error`). */
  id: string;
  exams: E[];
  defaultExamId: string;
  action: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  /** Whose texts label the bank select and the start button. */
  namespace: "practiceSetup" | "examSetup";
  /** Called when the reader picks another bank (to reset choices that belong to the old one). */
  onExamChange?: () => void;
  /** The options of the chosen bank, between the bank select and the start button. */
  children: (exam: E) => ReactNode;
};

/** The frame both round setups share (practice, mock exam): the bank, its options, the refusal, the start button. */
export function SetupForm<E extends { id: string; title: string }>(props: Props<E>) {
  const { id, exams, defaultExamId, action, namespace, onExamChange, children } = props;
  const t = useMessages(namespace);
  const [state, formAction, isPending] = useActionState(action, null);
  const [examId, setExamId] = useState(defaultExamId);
  const exam = exams.find((candidate) => candidate.id === examId) ?? exams[0];
  if (!exam) return null;
  const errorId = state && !state.ok ? `${id}-error` : undefined;
  return (
    <form action={formAction} className={`card stack ${styles.form}`} aria-describedby={errorId}>
      <div className="field">
        <label htmlFor={`${id}-exam`}>{t.exam}</label>
        <select
          id={`${id}-exam`}
          name="examId"
          value={exam.id}
          onChange={(event) => {
            setExamId(event.target.value);
            onExamChange?.();
          }}
        >
          {exams.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
      </div>
      {children(exam)}
      {state && !state.ok ? (
        <p id={errorId} role="alert" className="alert-error">
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
