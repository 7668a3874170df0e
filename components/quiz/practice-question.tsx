"use client";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState, useTransition, type ReactNode } from "react";
import { ChoiceInputs, isTypingTarget, letterForKey } from "@/components/quiz/choice-inputs";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { useMessages } from "@/components/i18n/messages-provider";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import type { PublicQuestion } from "@/lib/bank/dto";
import type { Feedback } from "@/lib/quiz/dto";
import styles from "./quiz.module.css";

type Props = {
  attemptId: string;
  position: number;
  question: PublicQuestion;
  /** Present when this question was graded before (a reload, or a review from the summary). */
  initialFeedback: Feedback | null;
  nextHref: string;
  isLast: boolean;
  answer: (input: unknown) => Promise<ActionResult<Feedback>>;
  /** Shown under the feedback once graded (the one-question page's simulator and forum links). */
  afterFeedback?: ReactNode;
  /** The one-question page has no "next": it offers to answer again instead. */
  nextLabel?: string;
};

/** Waits before each retry of an answer that failed in transit or on the server (not a refusal, which is a result). */
const RETRY_DELAYS_MS = [300, 1000];

/**
 * Grading is idempotent (an item is graded once; a repeat returns the first grading), so an answer that failed in
 * transit or on an overloaded server (a pool timeout) is simply sent again, twice at most, before the error shows.
 */
async function withRetries<T>(send: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await send();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return send();
}

/** One practice question: choose (mouse, touch or number keys), submit (Enter), see the explanation, go next (N). */
export function PracticeQuestion({
  attemptId,
  position,
  question,
  initialFeedback,
  nextHref,
  isLast,
  answer,
  afterFeedback,
  nextLabel,
}: Props) {
  const t = useMessages("answerForm");
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>(initialFeedback?.selected ?? []);
  const [feedback, setFeedback] = useState<Feedback | null>(initialFeedback);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const nextRef = useRef<HTMLAnchorElement>(null);
  const [isUnsure, setIsUnsure] = useState(false);
  const isHydrated = useIsHydrated();
  // When the question appeared: the time taken refines the spaced-review rating of a right answer.
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = performance.now();
  }, []);
  const isComplete = selected.length === question.choose;

  const submit = () => {
    if (!isComplete || feedback || isPending) return;
    setError(null);
    startTransition(async () => {
      try {
        const elapsedMs = Math.max(0, Math.round(performance.now() - shownAt.current));
        const result = await withRetries(() =>
          answer({ attemptId, position, selected, elapsedMs, ...(isUnsure ? { confidence: "unsure" } : {}) }),
        );
        if (result.ok) setFeedback(result.data);
        else setError(result.message);
      } catch {
        setError(t.unexpected);
      }
    });
  };

  // Without scrolling: the link is below the whole explanation, and jumping there hid the verdict the candidate was
  // about to read (and a reopened graded question opened at its bottom). Enter and N still go next from here.
  useEffect(() => {
    if (feedback) nextRef.current?.focus({ preventScroll: true });
  }, [feedback]);

  // Keyboard: number keys select, Enter submits (or goes next once graded), N goes next.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
    // A focused link or button handles its own Enter.
    if (
      event.key === "Enter" &&
      (event.target instanceof HTMLAnchorElement || event.target instanceof HTMLButtonElement)
    )
      return;
    const letter = letterForKey(question, event.key);
    if (letter && !feedback) {
      event.preventDefault();
      setSelected((current) => {
        if (question.choose === 1) return [letter];
        if (current.includes(letter)) return current.filter((item) => item !== letter);
        return current.length >= question.choose ? current : [...current, letter].sort();
      });
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (feedback) router.push(nextHref);
      else submit();
    } else if ((event.key === "n" || event.key === "N") && feedback) {
      event.preventDefault();
      router.push(nextHref);
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-busy={isPending}
    >
      <ChoiceInputs
        question={question}
        selected={selected}
        onChange={setSelected}
        legend={t.choices}
        isDisabled={feedback !== null || isPending}
        keyLetters={feedback?.keyLetters}
      />
      {!feedback ? (
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={!isComplete || isPending}>
            {t.practice.submit}
          </button>
          <span className="muted" aria-live="polite">
            {format(t.practice.selected, { count: selected.length, choose: question.choose })}
          </span>
          <label className="muted" title={t.answer.unsureHint}>
            <input
              type="checkbox"
              checked={isUnsure}
              onChange={(event) => setIsUnsure(event.target.checked)}
              disabled={!isHydrated}
            />{" "}
            {t.answer.unsure}
          </label>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="alert-error">
          {error}
        </p>
      ) : null}
      {feedback ? (
        <>
          <FeedbackPanel feedback={feedback} />
          {afterFeedback}
          <div className={styles.actions}>
            <a
              ref={nextRef}
              className="button"
              href={nextHref}
              onClick={(event) => {
                event.preventDefault();
                if (nextLabel) window.location.assign(nextHref);
                else router.push(nextHref);
              }}
            >
              {nextLabel ?? (isLast ? t.practice.finish : t.practice.next)}
            </a>
          </div>
        </>
      ) : null}
      <p className={styles.hint}>{t.practice.keyboardHint}</p>
    </form>
  );
}
