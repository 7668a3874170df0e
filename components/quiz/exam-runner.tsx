"use client";
import { useRouter } from "next/navigation";
import { useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ChoiceInputs, isTypingTarget, letterForKey } from "@/components/quiz/choice-inputs";
import { ExamTimer } from "@/components/quiz/exam-timer";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";
import { format } from "@/lib/i18n/format";
import type { PublicQuestion } from "@/lib/bank/dto";
import type { ExamSession } from "@/lib/quiz/dto";
import styles from "./quiz.module.css";

type Props = {
  session: ExamSession;
  save: (input: unknown) => Promise<ActionResult<{ position: number; selected: string[] }>>;
  flag: (input: unknown) => Promise<ActionResult<{ position: number; isFlagged: boolean }>>;
  submit: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  /** The stem and instruction of each question, rendered on the server (QuestionView), by position. */
  stems: React.ReactNode[];
};

type SaveState =
  { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "unsaved" } | { kind: "error"; message: string };

const firstRetryMs = 1000;
const maxRetryMs = 10_000;

/** Answers the server does not hold yet, kept in the browser too, so a reload during an outage loses none. */
function pendingStore(attemptId: string) {
  const key = `kaisetsu:exam:${attemptId}:unsaved`;
  return {
    read(): Map<number, string[]> {
      try {
        const entries = JSON.parse(window.localStorage.getItem(key) ?? "[]") as unknown;
        if (!Array.isArray(entries)) return new Map();
        return new Map(
          entries.filter(
            (entry): entry is [number, string[]] =>
              Array.isArray(entry) && typeof entry[0] === "number" && Array.isArray(entry[1]),
          ),
        );
      } catch {
        return new Map();
      }
    },
    write(pending: Map<number, string[]>): void {
      try {
        if (pending.size === 0) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, JSON.stringify([...pending]));
      } catch {
        // storage full or disabled: the answers are still kept in memory
      }
    },
  };
}

/**
 * A running mock exam: countdown, question grid (answered / unanswered / flagged), flag, jump, a review screen, and
 * every choice saved by a server action as it is made. Knows nothing of the key.
 *
 * Saving survives outages (issue #10, finding 5): when the database is unavailable (the action says isRetryable), the
 * pool is exhausted or the network fails, the choice stays on screen, is kept in localStorage, is shown as unsaved, and
 * is sent again with backoff until the server holds it. Only a refusal for good (deadline passed, exam finished)
 * puts back what the server holds.
 */
export function ExamRunner({ session, save, flag, submit, stems }: Props) {
  const t = useMessages("examRunner");
  const router = useRouter();
  const total = session.questions.length;
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      session.items.findIndex((item) => item.selected.length === 0),
    ),
  );
  const [isReviewing, setIsReviewing] = useState(false);
  const [selections, setSelections] = useState(() => session.items.map((item) => item.selected));
  const [flags, setFlags] = useState(() => session.items.map((item) => item.isFlagged));
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [isTimeUp, setIsTimeUp] = useState(false);
  const [submitState, submitAction, isSubmitting] = useActionState(submit, null);
  const saveSeq = useRef(0);
  /** What the server holds for each question, and the newest save sent for it. */
  const saved = useRef(session.items.map((item) => item.selected));
  const latestSeq = useRef(new Map<number, number>());
  /** Choices the server does not hold yet (position → selection), retried until it does. */
  const pending = useRef(new Map<number, string[]>());
  const [unsavedCount, setUnsavedCount] = useState(0);
  const retryDelay = useRef(firstRetryMs);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const store = useMemo(() => pendingStore(session.attemptId), [session.attemptId]);

  const question = session.questions[index] as PublicQuestion;
  // Answered means complete: a multi-select with fewer choices than asked still counts as unanswered.
  const isComplete = (i: number) => (selections[i]?.length ?? 0) === (session.questions[i]?.choose ?? 1);
  const answered = session.questions.filter((_, i) => isComplete(i)).length;
  const flagged = flags.filter(Boolean).length;

  const sendRef = useRef<(position: number, selected: string[]) => Promise<void>>(async () => {});
  const notePending = useCallback(() => {
    setUnsavedCount(pending.current.size);
    store.write(pending.current);
  }, [store]);
  const scheduleRetry = useCallback(() => {
    if (retryTimer.current !== undefined) return;
    retryTimer.current = setTimeout(() => {
      retryTimer.current = undefined;
      retryDelay.current = Math.min(retryDelay.current * 2, maxRetryMs);
      for (const [position, selected] of [...pending.current]) void sendRef.current(position, selected);
    }, retryDelay.current);
  }, []);

  const send = useCallback(
    async (position: number, selected: string[]) => {
      const seq = ++saveSeq.current;
      latestSeq.current.set(position, seq);
      let result: ActionResult<{ position: number; selected: string[] }> | null;
      try {
        result = await save({ attemptId: session.attemptId, position, selected });
      } catch {
        result = null; // the network failed or the server answered 5xx: nothing says the answer was refused
      }
      // Only the latest save of a question decides what its screen shows.
      if (latestSeq.current.get(position) !== seq) return;
      if (result?.ok) {
        saved.current[position] = result.data.selected;
        pending.current.delete(position);
        retryDelay.current = firstRetryMs;
        notePending();
        setSaveState(
          pending.current.size > 0
            ? { kind: "unsaved" }
            : seq === saveSeq.current
              ? { kind: "saved" }
              : { kind: "saving" },
        );
        return;
      }
      if (result === null || result.isRetryable) {
        pending.current.set(position, selected);
        notePending();
        setSaveState({ kind: "unsaved" });
        scheduleRetry();
        return;
      }
      // Refused for good (deadline passed, exam finished): the screen shows what the server holds.
      pending.current.delete(position);
      notePending();
      setSelections((current) => current.map((value, i) => (i === position ? (saved.current[position] ?? []) : value)));
      setSaveState({ kind: "error", message: result.message });
    },
    [notePending, save, scheduleRetry, session.attemptId],
  );
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  const choose = useCallback(
    async (position: number, selected: string[]) => {
      setSelections((current) => current.map((value, i) => (i === position ? selected : value)));
      setSaveState((state) => (state.kind === "unsaved" ? state : { kind: "saving" }));
      await send(position, selected);
    },
    [send],
  );

  // Answers left unsaved by a reload during an outage: show them and send them again.
  useEffect(() => {
    const resume = setTimeout(() => {
      for (const [position, selected] of store.read())
        if (position >= 0 && position < total) void choose(position, selected);
    }, 0);
    return () => {
      clearTimeout(resume);
      clearTimeout(retryTimer.current);
    };
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Leaving with unsaved answers: the browser asks first.
  useEffect(() => {
    if (unsavedCount === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsavedCount]);

  const toggleFlag = async () => {
    const isFlagged = !flags[index];
    setFlags((current) => current.map((value, i) => (i === index ? isFlagged : value)));
    const result = await flag({ attemptId: session.attemptId, position: index, isFlagged });
    if (!result.ok) setSaveState({ kind: "error", message: result.message });
  };

  const goTo = (target: number) => {
    setIsReviewing(false);
    setIndex(Math.min(Math.max(target, 0), total - 1));
  };

  // Next, previous, a grid button in the review screen and "back to questions" replace the part of the page that held
  // the focused button: the focus then lands on the new heading (the question or the review), not on the page itself,
  // so a keyboard user carries on from there and a screen reader announces where they are.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = useRef({ index, isReviewing });
  useEffect(() => {
    if (shown.current.index === index && shown.current.isReviewing === isReviewing) return; // nothing was replaced
    shown.current = { index, isReviewing };
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus();
  }, [index, isReviewing]);

  const onExpire = useCallback(() => setIsTimeUp(true), []);
  useEffect(() => {
    if (isTimeUp) router.refresh(); // the server finishes the exam and the page becomes the report
  }, [isTimeUp, router]);

  // Keyboard: number keys choose, ← → move between questions.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isReviewing || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const letter = letterForKey(question, event.key);
      if (letter) {
        event.preventDefault();
        const current = selections[index] ?? [];
        const next =
          question.choose === 1
            ? [letter]
            : current.includes(letter)
              ? current.filter((item) => item !== letter)
              : current.length >= question.choose
                ? current
                : [...current, letter].sort();
        void choose(index, next);
      } else if (event.key === "ArrowRight" && !(event.target instanceof HTMLInputElement)) {
        setIndex((current) => Math.min(current + 1, total - 1));
      } else if (event.key === "ArrowLeft" && !(event.target instanceof HTMLInputElement)) {
        setIndex((current) => Math.max(current - 1, 0));
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [choose, index, isReviewing, question, selections, total]);

  const stateOf = (i: number) => {
    const isAnswered = isComplete(i);
    const words = [isAnswered ? t.legendAnswered : t.legendUnanswered, ...(flags[i] ? [t.legendFlagged] : [])];
    return { isAnswered, label: format(t.jumpTo, { n: i + 1, state: words.join(", ") }) };
  };

  const grid = (
    <nav aria-label={t.grid}>
      <h2 className="sr-only">{t.grid}</h2>
      <ol className={styles.grid}>
        {session.questions.map((item, i) => {
          const state = stateOf(i);
          return (
            <li key={item.id}>
              <button
                type="button"
                className={`${styles.gridButton} ${state.isAnswered ? styles.gridAnswered : ""} ${flags[i] ? styles.gridFlagged : ""}`}
                aria-current={!isReviewing && i === index ? "true" : undefined}
                aria-label={state.label}
                onClick={() => goTo(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className={styles.legend}>
        <li>
          <span aria-hidden="true" className={styles.legendAnswered} />
          {t.legendAnswered}
        </li>
        <li>
          <span aria-hidden="true" />
          {t.legendUnanswered}
        </li>
        <li>
          <span aria-hidden="true" className={styles.legendFlagged} />
          {t.legendFlagged}
        </li>
      </ul>
    </nav>
  );

  return (
    <div>
      <div className={styles.examBar}>
        <ExamTimer deadlineAt={session.deadlineAt} serverNow={session.serverNow} onExpire={onExpire} />
        <span
          className={`${styles.saveState} ${saveState.kind === "unsaved" && unsavedCount > 0 ? styles.saveStateUnsaved : ""}`}
          aria-live="polite"
          data-testid="save-state"
        >
          {saveState.kind === "saving"
            ? t.saving
            : saveState.kind === "saved"
              ? t.saved
              : saveState.kind === "unsaved" && unsavedCount > 0
                ? format(t.unsaved, { count: unsavedCount })
                : ""}
        </span>
        <button type="button" className="button button-quiet" onClick={() => setIsReviewing(true)}>
          {t.review}
        </button>
      </div>
      {isTimeUp ? (
        <p role="alert" className="notice">
          {t.timeUp}
        </p>
      ) : null}
      {saveState.kind === "error" ? (
        <p role="alert" className="alert-error">
          {format(t.saveFailed, { message: saveState.message })}{" "}
          <a href={`/exam/${session.attemptId}`}>{t.seeResults}</a>
        </p>
      ) : null}
      <div className={styles.examLayout}>
        {isReviewing ? (
          <section aria-labelledby="review-title" className="stack">
            <h2 id="review-title" ref={headingRef} tabIndex={-1}>
              {t.reviewTitle}
            </h2>
            <p>{format(t.reviewIntro, { answered, total, unanswered: total - answered, flagged })}</p>
            {grid}
            {total - answered > 0 ? (
              <p className="notice">{format(t.confirmSubmit, { count: total - answered })}</p>
            ) : null}
            <form action={submitAction} className="row">
              <input type="hidden" name="attemptId" value={session.attemptId} />
              <button type="button" className="button button-quiet" onClick={() => setIsReviewing(false)}>
                {t.backToQuestions}
              </button>
              <button type="submit" className="button" disabled={isSubmitting || unsavedCount > 0}>
                {t.submit}
              </button>
            </form>
            {unsavedCount > 0 ? <p className="notice">{t.submitWaiting}</p> : null}
            {submitState && !submitState.ok ? (
              <p role="alert" className="alert-error">
                {submitState.message}
              </p>
            ) : null}
          </section>
        ) : (
          <section aria-labelledby="exam-question-title" className="stack" key={index}>
            <h2 id="exam-question-title" className={styles.questionTitle} ref={headingRef} tabIndex={-1}>
              {format(t.questionOf, { current: index + 1, total })}
            </h2>
            {stems[index]}
            <ChoiceInputs
              question={question}
              selected={selections[index] ?? []}
              onChange={(selected) => void choose(index, selected)}
              legend={t.choices}
              isDisabled={isTimeUp}
            />
            <div className={styles.actions}>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => goTo(index - 1)}
                disabled={index === 0}
              >
                {t.previous}
              </button>
              <button
                type="button"
                className="button button-quiet"
                aria-pressed={flags[index] ?? false}
                onClick={() => void toggleFlag()}
              >
                {flags[index] ? `⚑ ${t.unflag}` : `⚐ ${t.flag}`}
              </button>
              {index < total - 1 ? (
                <button type="button" className="button" onClick={() => goTo(index + 1)}>
                  {t.next}
                </button>
              ) : (
                <button type="button" className="button" onClick={() => setIsReviewing(true)}>
                  {t.review}
                </button>
              )}
            </div>
          </section>
        )}
        {isReviewing ? null : <aside>{grid}</aside>}
      </div>
    </div>
  );
}
