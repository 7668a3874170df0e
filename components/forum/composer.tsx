"use client";
import { useActionState, useId, useState } from "react";
import type { FormAction } from "@/components/forum/forum-action";
import { useLocale, useMessages } from "@/components/i18n/messages-provider";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { formatNumber } from "@/lib/i18n/dates";
import { fieldErrorTexts, format } from "@/lib/i18n/format";
import styles from "./forum.module.css";

/** What the composer is for: asking (a new top-level post), replying to a post, or editing one. */
export type ComposerPurpose = "ask" | "reply" | "edit";
type Props<T> = {
  action: FormAction<T>;
  fields: Record<string, string>;
  initialBody?: string;
  maxLength: number;
  purpose: ComposerPurpose;
  isAutoFocused?: boolean;
  onCancel?: () => void;
  onDone?: (data: T) => void;
  /** Empties the textarea after a successful submit (asking and replying; an edit closes instead). */
  isClearedOnSuccess?: boolean;
  /** The question's choice letters, to let the author state "I think the answer is …" (new top-level posts). */
  answerLetters?: string[];
};

/**
 * A Markdown textarea with its label, hint and errors tied together; used to ask, reply and edit.
 */
export function Composer<T>({
  action,
  fields,
  initialBody = "",
  maxLength,
  purpose,
  isAutoFocused = false,
  onCancel,
  onDone,
  isClearedOnSuccess = false,
  answerLetters,
}: Props<T>) {
  const forum = useMessages("forum");
  const stated = useMessages("community").stated;
  const locale = useLocale();
  const t = {
    label: { ask: forum.composer.askLabel, reply: forum.composer.replyLabel, edit: forum.composer.editLabel }[purpose],
    hint: format(forum.composer.hint, { max: formatNumber(maxLength, locale) }),
    submit: { ask: forum.composer.submit, reply: forum.composer.reply, edit: forum.composer.save }[purpose],
    pending: forum.composer.pending,
    cancel: forum.post.cancel,
  };
  // Controlled: React resets uncontrolled fields after every form action, and a refused post must keep its text.
  const [body, setBody] = useState(initialBody);
  const [letters, setLetters] = useState<string[]>([]);
  const [state, formAction, isPending] = useActionState(
    async (previous: ActionResult<T> | null, formData: FormData) => {
      const result = await action(previous, formData);
      if (result.ok) {
        if (isClearedOnSuccess) {
          setBody("");
          setLetters([]);
        }
        onDone?.(result.data);
      }
      return result;
    },
    null,
  );
  const id = useId();
  const bodyErrors =
    state && !state.ok ? fieldErrorTexts(state.fieldErrors?.body, forum.fieldErrors, { max: maxLength }) : undefined;
  const formError = state && !state.ok && !bodyErrors ? state.message : null;

  return (
    <form action={formAction} className={styles.composer} noValidate>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id={`${id}-body`} label={t.label} hint={t.hint} hintClassName={`muted ${styles.hint}`} errors={bodyErrors}>
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={6}
            required
            maxLength={maxLength}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            autoFocus={isAutoFocused}
          />
        )}
      </Field>
      {answerLetters ? (
        <fieldset className={styles.answerSet} aria-describedby={`${id}-answer-hint`}>
          <legend>{stated.legend}</legend>
          <div className="row">
            {answerLetters.map((letter) => (
              <label key={letter} className={styles.answerLetter}>
                <input
                  type="checkbox"
                  name="answer"
                  value={letter}
                  checked={letters.includes(letter)}
                  onChange={(event) =>
                    setLetters((previous) =>
                      event.target.checked ? [...previous, letter].sort() : previous.filter((item) => item !== letter),
                    )
                  }
                />
                {letter}
              </label>
            ))}
          </div>
          <p id={`${id}-answer-hint`} className={`muted ${styles.hint}`}>
            {stated.hint}
          </p>
        </fieldset>
      ) : null}
      {formError ? (
        <p role="alert" className="alert-error">
          {formError}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? t.pending : t.submit}
        </button>
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
