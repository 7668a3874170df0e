"use client";
import { useActionState, useState } from "react";
import { fieldErrorText, TextField } from "@/components/auth/text-field";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { format } from "@/lib/i18n/format";
import styles from "./auth-form.module.css";

/** An account form's namespace (lib/i18n/dictionary.ts): its button, success text, field labels and hints. */
type AccountFormTexts = {
  submit: string;
  pending: string;
  /** Replaces the form on success; with `doneTitle` it stands in a card under that heading (sign-up). */
  done?: string;
  doneTitle?: string;
  labels: Record<string, string>;
  hints?: Record<string, string>;
};

export type AccountFormName = {
  [K in keyof Dictionary]: Dictionary[K] extends AccountFormTexts ? K : never;
}[keyof Dictionary];

/** A field of the form `N`: its name is a key of that form's labels (its label and hint come from there). */
export type AccountField<N extends AccountFormName> = {
  name: keyof Dictionary[N]["labels"] & string;
  type?: "email" | "password" | "text";
  autoComplete?: string;
  minLength?: number;
  maxLength?: number;
};

type Props<T, N extends AccountFormName> = {
  id: string;
  action: (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  /** Whose texts the form shows (a <Messages> above provides it and "fieldErrors"). */
  namespace: N;
  fields: AccountField<N>[];
  hidden?: Record<string, string>;
};

/**
 * Every account form (sign in, sign up, forgot, reset, change password, confirm, resend): fields with their errors beside them,
 * a refusal announced above, and on success the `done` text (its `{placeholders}` filled from the action's data) in a
 * status region in place of the form. Its texts come from its own namespace, the field errors from "fieldErrors".
 */
export function AccountForm<T, N extends AccountFormName>({ id, action, namespace, fields, hidden = {} }: Props<T, N>) {
  const t: AccountFormTexts = useMessages(namespace);
  const fieldErrors = useMessages("fieldErrors");
  const [state, formAction, isPending] = useActionState(action, null);
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
          label={t.labels[field.name] ?? field.name}
          hint={hintOf(t.hints?.[field.name], field)}
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

/** A field's hint with its limits filled in ("at least {min} characters"). */
function hintOf(hint: string | undefined, field: { minLength?: number; maxLength?: number }): string | undefined {
  if (!hint) return undefined;
  const limits: Record<string, number> = {};
  if (field.minLength !== undefined) limits.min = field.minLength;
  if (field.maxLength !== undefined) limits.max = field.maxLength;
  return format(hint, limits);
}

function isRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && Object.values(value).every((item) => typeof item === "string");
}
