import type { InputHTMLAttributes } from "react";
import { Field } from "@/components/ui/field";

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; errors?: string[] };

/** A labelled input with its hint and errors tied to it (see Field). */
export function TextField({ id, label, hint, errors, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}

/** Turns the dictionary keys a schema reports (t.auth.fieldErrors) into text; unknown keys pass through. */
export function fieldErrorText(keys: string[] | undefined, texts: Record<string, string>): string[] | undefined {
  return keys?.map((key) => texts[key] ?? key);
}
