"use client";
import { useActionState, useState } from "react";
import { fieldErrorText, TextField } from "@/components/auth/text-field";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import styles from "./auth-form.module.css";

type Texts = {
  name: string;
  email: string;
  password: string;
  passwordHint: string;
  submit: string;
  pending: string;
  checkEmailTitle: string;
  checkEmailBody: string;
  fieldErrors: Record<string, string>;
};
type Props = {
  action: (
    state: ActionResult<{ email: string }> | null,
    formData: FormData,
  ) => Promise<ActionResult<{ email: string }>>;
  callbackUrl: string;
  limits: { nameMax: number; passwordMin: number; passwordMax: number };
  t: Texts;
};

/**
 * Display name, email and password; each refusal is shown beside its field, the other fields keep their values.
 * Accepted, the form gives way to "check your email" (the same answer for a new and a registered address).
 */
export function SignUpForm({ action, callbackUrl, limits, t }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  if (state?.ok) {
    return (
      <div role="status" className="card stack">
        <h2>{t.checkEmailTitle}</h2>
        <p>{format(t.checkEmailBody, { email: state.data.email })}</p>
      </div>
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
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        id="signup-name"
        name="name"
        autoComplete="nickname"
        required
        maxLength={limits.nameMax}
        label={t.name}
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={fieldErrorText(errors?.name, t.fieldErrors)}
      />
      <TextField
        id="signup-email"
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t.email}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={fieldErrorText(errors?.email, t.fieldErrors)}
      />
      <TextField
        id="signup-password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={limits.passwordMin}
        maxLength={limits.passwordMax}
        label={t.password}
        hint={t.passwordHint}
        errors={fieldErrorText(errors?.password, t.fieldErrors)}
      />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? t.pending : t.submit}
        </button>
      </div>
    </form>
  );
}
