"use client";
// The sandbox editor's form fields: a labelled text field with its message beside it, a labelled select, and the
// sentence saying why what a form just made was not applied. Shared by the rule, packet, network and connection forms.
import {
  Component,
  createContext,
  Suspense,
  use,
  useContext,
  useState,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import type { EditorFieldError, FieldError } from "@/lib/netsim-ui/sandbox-fields";
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

/**
 * The editors' field messages (lib/i18n/messages/netsim-sandbox-editor.ts), given by the lazily loaded editors to the
 * fields inside them; the packet form's are in the `netsim` namespace the page hands its client components.
 */
export const EditorErrorTexts = createContext<Record<EditorFieldError, string> | null>(null);

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
  const texts: Partial<Record<FieldError, string>> = {
    ...useMessages("netsim").sandbox.errors,
    ...useContext(EditorErrorTexts),
  };
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
          {texts[error]}
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

/** Forget failed loads of retryableLazy components, so they load afresh when rendered again. */
const failedLoads = new Set<() => void>();

/**
 * Like React.lazy, but a failed load (offline, a deploy in between) can be tried again: the failure stays (so the
 * section shows it, never a loop of attempts) until the section's retry forgets it; React.lazy keeps it for good.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    loading ??= load().catch((error: unknown) => {
      failedLoads.add(() => (loading = null));
      throw error;
    });
    const Loaded = use(loading);
    return <Loaded {...props} />;
  };
}

/** Says that a section's code could not be loaded, with a retry, instead of replacing the page with an error. */
class LoadFailure extends Component<{ children: ReactNode }, { hasFailed: boolean }> {
  override state = { hasFailed: false };

  static getDerivedStateFromError() {
    return { hasFailed: true };
  }

  override render() {
    return this.state.hasFailed ? (
      <LoadFailed
        onRetry={() => {
          for (const forget of failedLoads) forget();
          failedLoads.clear();
          this.setState({ hasFailed: false });
        }}
      />
    ) : (
      this.props.children
    );
  }
}

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const t = useMessages("netsim");
  return (
    <p className={styles.hint} role="alert" data-testid="editor-failed">
      {t.sandbox.connect.loadFailed}{" "}
      <button type="button" className="button button-quiet" onClick={onRetry}>
        {t.explainRetry}
      </button>
    </p>
  );
}

/**
 * A collapsed editor section whose content (a lazily loaded component, retryableLazy) is rendered, and so fetched,
 * only once opened; while it loads the section says so, and if loading fails it says that with a retry. Escape closes
 * it. Keeps the sandbox's editors and their texts out of the page's first load.
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
      {isOpen ? (
        <LoadFailure>
          <Suspense fallback={<EditorLoading />}>{children}</Suspense>
        </LoadFailure>
      ) : null}
    </details>
  );
}
