"use client";
import { useActionState, useState } from "react";
import { fieldErrorText, TextField } from "@/components/auth/text-field";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";
import styles from "./auth-form.module.css";

type Props = {
  action: (state: ActionResult<{ name: string }> | null, formData: FormData) => Promise<ActionResult<{ name: string }>>;
  name: string;
  nameMax: number;
};

/** The display name, saved in place with a status line (texts: "profileForm" and "fieldErrors" from a <Messages> above). */
export function ProfileForm({ action, name: initialName, nameMax }: Props) {
  const t = useMessages("profileForm");
  const [state, formAction, isPending] = useActionState(action, null);
  const [name, setName] = useState(initialName);
  const fieldErrors = useMessages("fieldErrors");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className={styles.form} noValidate>
      <TextField
        id="profile-name"
        name="name"
        autoComplete="nickname"
        required
        maxLength={nameMax}
        label={t.name}
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={fieldErrorText(errors?.name, fieldErrors)}
      />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? t.saving : t.save}
        </button>
        <p role="status" aria-live="polite" className={state?.ok ? "alert-ok" : state ? "alert-error" : "sr-only"}>
          {state ? (state.ok ? t.saved : state.message) : ""}
        </p>
      </div>
    </form>
  );
}
