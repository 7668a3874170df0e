import type { ReactNode } from "react";

export type FieldControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type Props = {
  id: string;
  label: string;
  hint?: string;
  hintClassName?: string;
  errors?: string[];
  /** The control (input, textarea, select), given the id and the aria attributes that tie it to its hint and errors. */
  children: (control: FieldControlProps) => ReactNode;
};

/** A labelled control with its hint and errors tied to it (aria-describedby), errors shown right below the field. */
export function Field({ id, label, hint, hintClassName = "muted field-hint", errors, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {hint ? (
        <p id={hintId} className={hintClassName}>
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
