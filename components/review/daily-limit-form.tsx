"use client";
import { useActionState } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";

type Props = {
  action: (
    state: ActionResult<{ limit: number }> | null,
    formData: FormData,
  ) => Promise<ActionResult<{ limit: number }>>;
  limit: number;
  max: number;
};

/** The learner's own number of questions per day. */
export function DailyLimitForm({ action, limit, max }: Props) {
  const t = useMessages("learning").review;
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="row">
      <label className="field">
        {t.limit}
        <input type="number" name="limit" min={1} max={max} defaultValue={limit} required />
      </label>
      <button type="submit" className="button button-quiet" disabled={isPending}>
        {t.saveLimit}
      </button>
      <span role="status" aria-live="polite" className={state?.ok ? "alert-ok" : state ? "alert-error" : "sr-only"}>
        {state ? (state.ok ? t.saved : state.message) : ""}
      </span>
    </form>
  );
}
