import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; errors?: string[] };

/** A labelled input with its hint and errors tied to it (aria-describedby), errors shown right below the field. */
export function TextField({ id, label, hint, errors, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="muted field-hint">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="field-error">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** Turns the dictionary keys a schema reports (t.auth.fieldErrors) into text; unknown keys pass through. */
export function fieldErrorText(keys: string[] | undefined, texts: Record<string, string>): string[] | undefined {
  return keys?.map((key) => texts[key] ?? key);
}
