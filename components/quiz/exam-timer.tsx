"use client";
import { useEffect, useState } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import { format } from "@/lib/i18n/format";
import styles from "./quiz.module.css";

type Props = { deadlineAt: string; serverNow: string; onExpire: () => void };

function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, "0");
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/**
 * The countdown, from the SERVER's time at render (the browser's clock may be wrong); the server still decides.
 * Announced to screen readers only on the minute, so it does not chatter every second. Texts: "examRunner".
 */
export function ExamTimer({ deadlineAt, serverNow, onExpire }: Props) {
  const t = useMessages("examRunner");
  const [skew] = useState(() => new Date(serverNow).getTime() - Date.now());
  const deadline = new Date(deadlineAt).getTime();
  const [left, setLeft] = useState(() => deadline - new Date(serverNow).getTime());
  useEffect(() => {
    const tick = () => {
      const remaining = deadline - (Date.now() + skew);
      setLeft(remaining);
      if (remaining <= 0) onExpire();
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, skew, onExpire]);
  const isLow = left < 5 * 60_000;
  return (
    <p className={styles.timerWrap}>
      <span className="muted">{t.timeLeft} </span>
      <time
        className={`${styles.timer} ${isLow ? styles.timerLow : ""}`}
        data-testid="timer"
        role="timer"
        aria-live="off"
      >
        {clock(left)}
      </time>
      <span className="sr-only" aria-live="polite">
        {format(t.minutesLeft, { minutes: Math.ceil(Math.max(left, 0) / 60_000) })}
      </span>
    </p>
  );
}
