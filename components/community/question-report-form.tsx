"use client";
import { useActionState, useId, useState } from "react";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { useMessages } from "@/components/i18n/messages-provider";
import { fieldErrorTexts } from "@/lib/i18n/format";
import styles from "./community.module.css";

type Props = {
  questionId: string;
  action: (state: ActionResult<void> | null, formData: FormData) => Promise<ActionResult<void>>;
  maxLength: number;
};

/** "Report an error in this question": a reason and details, behind a disclosure so it stays out of the way. */
export function QuestionReportForm({ questionId, action, maxLength }: Props) {
  const t = useMessages("community").report;
  const [state, formAction, isPending] = useActionState(action, null);
  const [details, setDetails] = useState("");
  const [reason, setReason] = useState("WRONG_KEY");
  const id = useId();
  if (state?.ok) {
    return (
      <p role="status" className="alert-ok">
        {t.done}
      </p>
    );
  }
  const errors =
    state && !state.ok ? fieldErrorTexts(state.fieldErrors?.details, t.fieldErrors, { max: maxLength }) : undefined;
  return (
    <details className="card">
      <summary>{t.open}</summary>
      <form action={formAction} className={`stack ${styles.reportForm}`} noValidate>
        <p className="muted">{t.lead}</p>
        <input type="hidden" name="questionId" value={questionId} />
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t.reason}</label>
          <select id={`${id}-reason`} name="reason" value={reason} onChange={(event) => setReason(event.target.value)}>
            {Object.entries(t.reasons).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <Field id={`${id}-details`} label={t.details} errors={errors}>
          {(control) => (
            <textarea
              {...control}
              name="details"
              required
              maxLength={maxLength}
              value={details}
              onChange={(event) => setDetails(event.target.value)}
            />
          )}
        </Field>
        {state && !state.ok && !errors ? (
          <p role="alert" className="alert-error">
            {state.message}
          </p>
        ) : null}
        <div className="row">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? t.pending : t.submit}
          </button>
        </div>
      </form>
    </details>
  );
}
