"use client";
import { useActionState, useState } from "react";
import { fieldErrorText, TextField } from "@/components/auth/text-field";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import styles from "./auth-form.module.css";

export type AccountField = {
  name: string;
  label: string;
  type?: "email" | "password" | "text";
  autoComplete?: string;
  hint?: string;
  minLength?: number;
  maxLength?: number;
};

type Props<T> = {
  id: string;
  action: (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: AccountField[];
  hidden?: Record<string, string>;
  /** `done` replaces the form on success; with `doneTitle` it stands in a card under that heading (sign-up). */
  t: { submit: string; pending: string; done?: string; doneTitle?: string };
};

/**
 * Every account form (sign in, sign up, forgot, reset, change password, confirm, resend): fields with their errors beside them,
 * a refusal announced above, and on success the `done` text (its `{placeholders}` filled from the action's data) in a
 * status region in place of the form. Field errors come from the `auth` messages (a <Messages> above).
 */
export function AccountForm<T>({ id, action, fields, hidden = {}, t }: Props<T>) {
  const [state, formAction, isPending] = useActionState(action, null);
  const { fieldErrors } = useMessages("auth");
  // Text fields keep what was typed when the server refuses it (React resets uncontrolled fields after an action);
  // password fields start empty again, as sign-in forms do.
  const [values, setValues] = useState<Record<string, string>>({});
  if (state?.ok && t.done) {
    const done = format(t.done, isRecord(state.data) ? state.data : {});
    return t.doneTitle ? (
      <div role="status" className="card stack">
        <h2>{t.doneTitle}</h2>
        <p>{done}</p>
      </div>
    ) : (
      <p role="status" className="alert-ok">
        {done}
      </p>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className={styles.form} noValidate>
      {state && !state.ok ? (
        <p role="alert" className="alert-error">
          {state.message}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={`${id}-${field.name}`}
          name={field.name}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          required
          minLength={field.minLength}
          maxLength={field.maxLength}
          label={field.label}
          hint={field.hint}
          {...(field.type === "password"
            ? {}
            : {
                value: values[field.name] ?? "",
                onChange: (event) => setValues((previous) => ({ ...previous, [field.name]: event.target.value })),
              })}
          errors={fieldErrorText(errors?.[field.name], fieldErrors)}
        />
      ))}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? t.pending : t.submit}
        </button>
      </div>
    </form>
  );
}

function isRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && Object.values(value).every((item) => typeof item === "string");
}
