"use client";
import { useRouter } from "next/navigation";
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { ChoiceInputs, isTypingTarget, letterForKey } from "@/components/quiz/choice-inputs";
import { ExamTimer } from "@/components/quiz/exam-timer";
import type { ActionResult } from "@/lib/action";
import { format } from "@/lib/i18n/format";
import type { QuizMessages } from "@/lib/i18n/messages/quiz";
import type { PublicQuestion } from "@/lib/server/bank/get-question";
import type { ExamSession } from "@/lib/server/quiz/get-exam-session";
import styles from "./quiz.module.css";

type Props = {
  session: ExamSession;
  save: (input: unknown) => Promise<ActionResult<{ position: number; selected: string[] }>>;
  flag: (input: unknown) => Promise<ActionResult<{ position: number; isFlagged: boolean }>>;
  submit: (previous: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;
  /** The stem and instruction of each question, rendered on the server (QuestionView), by position. */
  stems: React.ReactNode[];
  t: QuizMessages["exam"] & { choices: string; unexpected: string };
};

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "error"; message: string };

/**
 * A running mock exam: countdown, question grid (answered / unanswered / flagged), flag, jump, a review screen, and
 * every choice saved by a server action as it is made. Knows nothing of the key.
 */
export function ExamRunner({ session, save, flag, submit, stems, t }: Props) {
  const router = useRouter();
  const total = session.questions.length;
  const [index, setIndex] = useState(() => Math.max(0, session.items.findIndex((item) => item.selected.length === 0)));
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

  const question = session.questions[index] as PublicQuestion;
  // Answered means complete: a multi-select with fewer choices than asked still counts as unanswered.
  const isComplete = (i: number) => (selections[i]?.length ?? 0) === (session.questions[i]?.choose ?? 1);
  const answered = session.questions.filter((_, i) => isComplete(i)).length;
  const flagged = flags.filter(Boolean).length;

  const choose = useCallback(
    async (position: number, selected: string[]) => {
      setSelections((current) => current.map((value, i) => (i === position ? selected : value)));
      setSaveState({ kind: "saving" });
      const seq = ++saveSeq.current;
      latestSeq.current.set(position, seq);
      // Only the latest save of a question decides what its screen shows: the server's answer, never a refused one.
      const settle = (shown: string[] | null, state: SaveState) => {
        if (latestSeq.current.get(position) !== seq) return;
        if (shown) setSelections((current) => current.map((value, i) => (i === position ? shown : value)));
        if (seq === saveSeq.current || state.kind === "error") setSaveState(state);
      };
      try {
        const result = await save({ attemptId: session.attemptId, position, selected });
        if (result.ok) {
          saved.current[position] = result.data.selected;
          settle(null, { kind: "saved" });
        } else {
          settle(saved.current[position] ?? [], { kind: "error", message: result.message });
        }
      } catch {
        settle(saved.current[position] ?? [], { kind: "error", message: t.unexpected });
      }
    },
    [save, session.attemptId, t.unexpected],
  );

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
        const next = question.choose === 1 ? [letter] : current.includes(letter) ? current.filter((item) => item !== letter) : current.length >= question.choose ? current : [...current, letter].sort();
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
        <li><span aria-hidden="true" className={styles.legendAnswered} />{t.legendAnswered}</li>
        <li><span aria-hidden="true" />{t.legendUnanswered}</li>
        <li><span aria-hidden="true" className={styles.legendFlagged} />{t.legendFlagged}</li>
      </ul>
    </nav>
  );

  return (
    <div>
      <div className={styles.examBar}>
        <ExamTimer deadlineAt={session.deadlineAt} serverNow={session.serverNow} label={t.timeLeft} minutesLeft={t.minutesLeft} onExpire={onExpire} />
        <span className={styles.saveState} aria-live="polite" data-testid="save-state">
          {saveState.kind === "saving" ? t.saving : saveState.kind === "saved" ? t.saved : ""}
        </span>
        <button type="button" className="button button-quiet" onClick={() => setIsReviewing(true)}>{t.review}</button>
      </div>
      {isTimeUp ? <p role="alert" className="notice">{t.timeUp}</p> : null}
      {saveState.kind === "error" ? (
        <p role="alert" className="alert-error">
          {format(t.saveFailed, { message: saveState.message })}{" "}
          <a href={`/exam/${session.attemptId}`}>{t.seeResults}</a>
        </p>
      ) : null}
      <div className={styles.examLayout}>
        {isReviewing ? (
          <section aria-labelledby="review-title" className="stack">
            <h2 id="review-title">{t.reviewTitle}</h2>
            <p>{format(t.reviewIntro, { answered, total, unanswered: total - answered, flagged })}</p>
            {grid}
            {total - answered > 0 ? <p className="notice">{format(t.confirmSubmit, { count: total - answered })}</p> : null}
            <form action={submitAction} className="row">
              <input type="hidden" name="attemptId" value={session.attemptId} />
              <button type="button" className="button button-quiet" onClick={() => setIsReviewing(false)}>{t.backToQuestions}</button>
              <button type="submit" className="button" disabled={isSubmitting}>{t.submit}</button>
            </form>
            {submitState && !submitState.ok ? <p role="alert" className="alert-error">{submitState.message}</p> : null}
          </section>
        ) : (
          <section aria-labelledby="exam-question-title" className="stack" key={index}>
            <h2 id="exam-question-title" className={styles.questionTitle}>{format(t.questionOf, { current: index + 1, total })}</h2>
            {stems[index]}
            <ChoiceInputs question={question} selected={selections[index] ?? []} onChange={(selected) => void choose(index, selected)} legend={t.choices} isDisabled={isTimeUp} />
            <div className={styles.actions}>
              <button type="button" className="button button-quiet" onClick={() => goTo(index - 1)} disabled={index === 0}>{t.previous}</button>
              <button type="button" className="button button-quiet" aria-pressed={flags[index] ?? false} onClick={() => void toggleFlag()}>
                {flags[index] ? `⚑ ${t.unflag}` : `⚐ ${t.flag}`}
              </button>
              {index < total - 1 ? (
                <button type="button" className="button" onClick={() => goTo(index + 1)}>{t.next}</button>
              ) : (
                <button type="button" className="button" onClick={() => setIsReviewing(true)}>{t.review}</button>
              )}
            </div>
          </section>
        )}
        {isReviewing ? null : <aside>{grid}</aside>}
      </div>
    </div>
  );
}
