"use client";
// The sandbox editor's form fields: a labelled text field with its message beside it, a labelled select, and the
// sentence saying why what a form just made was not applied. Shared by the rule, packet, network and connection forms.
import { Suspense, useState, type KeyboardEvent, type ReactNode } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import type { FieldError } from "@/lib/netsim-ui/sandbox-fields";
import styles from "../netsim.module.css";

type TextFieldProps = {
  name: string;
  label: string;
  defaultValue: string;
  placeholder?: string;
  error?: FieldError;
  id: string;
  inputMode?: "numeric";
  isMultiline?: boolean;
};

/** A text field with its message beside it when the value cannot be used. */
export function TextField({
  name,
  label,
  defaultValue,
  placeholder,
  error,
  id,
  inputMode,
  isMultiline,
}: TextFieldProps) {
  const errors = useMessages("netsim").sandbox.errors;
  const common = {
    id,
    name,
    defaultValue,
    placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  return (
    <span className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {isMultiline ? <textarea rows={2} {...common} /> : <input inputMode={inputMode} {...common} />}
      {error ? (
        <span id={`${id}-error`} role="alert" className={styles.fieldError}>
          {errors[error]}
        </span>
      ) : null}
    </span>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  options: readonly string[] | readonly { value: string; label: string }[];
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
};

/** A labelled select; options are values shown as they are (names), or value/label pairs. */
export function SelectField({ name, label, options, defaultValue, value, onChange }: SelectFieldProps) {
  return (
    <label>
      {label}
      <select
        name={name}
        defaultValue={value === undefined ? defaultValue : undefined}
        value={value}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      >
        {options.map((o) => {
          const { value: v, label: text } = typeof o === "string" ? { value: o, label: o } : o;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** Why what this form just made was not applied (the same reason is listed with the change). */
export function FormRefusal({ message }: { message: string | null }) {
  return message ? (
    <span role="alert" className={styles.fieldError}>
      {message}
    </span>
  ) : null;
}

/** Escape closes an open editor section and puts the focus back on its summary. */
export function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
  if (event.key !== "Escape" || !event.currentTarget.open) return;
  event.stopPropagation();
  event.currentTarget.open = false;
  event.currentTarget.querySelector("summary")?.focus();
}

/** Shown while a lazily loaded editor section is fetched. */
export function EditorLoading() {
  return <p className={styles.hint}>{useMessages("netsim").sandbox.connect.loading}</p>;
}

/**
 * A collapsed editor section whose content (a React.lazy component) is rendered, and so fetched, only once opened;
 * Escape closes it. Keeps the sandbox's editors out of the page's first load.
 */
export function LazySection({ summary, testId, children }: { summary: string; testId?: string; children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details
      className={styles.editor}
      data-testid={testId}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={closeOnEscape}
    >
      <summary>{summary}</summary>
      {isOpen ? <Suspense fallback={<EditorLoading />}>{children}</Suspense> : null}
    </details>
  );
}
