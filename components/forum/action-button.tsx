"use client";
import { useActionState } from "react";
import type { FormAction } from "@/components/forum/forum-action";
import styles from "./forum.module.css";

type Props<T> = { action: FormAction<T>; fields: Record<string, string>; label: string; className?: string };

/** One button that posts a small form; a refusal is announced right beside it. Works before hydration. */
export function ActionButton<T>({ action, fields, label, className = "button button-quiet" }: Props<T>) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className={styles.inlineForm}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={isPending}>
        {label}
      </button>
      {state && !state.ok ? (
        <span role="alert" className={styles.inlineError}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
