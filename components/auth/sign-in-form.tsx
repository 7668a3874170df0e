"use client";
import { useActionState, useState } from "react";
import { fieldErrorText, TextField } from "@/components/auth/text-field";
import type { ActionResult } from "@/lib/action-result";
import styles from "./auth-form.module.css";

type Texts = { email: string; password: string; submit: string; pending: string; fieldErrors: Record<string, string> };
type Props = {
  action: (state: ActionResult<void> | null, formData: FormData) => Promise<ActionResult<void>>;
  callbackUrl: string;
  t: Texts;
};

/** Email and password; a refusal is announced above the fields and the email stays filled in. */
export function SignInForm({ action, callbackUrl, t }: Props) {
  const [state, formAction, isPending] = useActionState(action, null);
  const [email, setEmail] = useState("");
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
        id="signin-email"
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
        id="signin-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t.password}
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
