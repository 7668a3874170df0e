"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  action: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  /** Hidden fields of the round: examId, tasks, questionIds, source… (arrays become repeated fields). */
  fields: Record<string, string | number | string[]>;
  label: string;
  className?: string;
  testId?: string;
};

/** A one-button form that starts a practice round (a POST: following a link must never create a round). */
export function StartRoundButton({ action, fields, label, className = "button", testId }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="row">
      {Object.entries(fields).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [String(value)]).map((item, index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={item} />
        )),
      )}
      <button type="submit" className={className} disabled={isPending} data-testid={testId}>
        {label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="field-error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
