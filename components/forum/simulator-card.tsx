"use client";
import Link from "next/link";
import { lazy, Suspense, useId, useState } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import { format } from "@/lib/i18n/format";
import type { SimulatorLink } from "@/lib/forum/dto";
import styles from "./forum.module.css";

// The mini player (with the simulator and its texts) is its own chunk, fetched only when a reader opens a card.
// React.lazy rather than next/dynamic: it is never rendered on the server (only after a click), so next/dynamic's
// server-rendering bailout and preload machinery would add ~1.2 kB gzip to the thread's first load for nothing.
const MiniReplay = lazy(() =>
  import("@/components/forum/mini-replay").then((module) => ({ default: module.MiniReplay })),
);

/**
 * A replay card for a simulator link in a post: what it shows (question, choices on, OS, step), a link to open it,
 * and for a question a mini player of that exact state, loaded when the reader opens it (with the simulator's locks).
 */
export function SimulatorCard({ link }: { link: SimulatorLink }) {
  const t = useMessages("forum").simulator;
  const [isOpen, setIsOpen] = useState(false);
  const [hasOpened, setHasOpened] = useState(false);
  const regionId = useId();
  const facts = [
    link.questionId ? format(t.question, { id: link.questionId }) : null,
    link.choices.length > 0
      ? format(t.choices, { choices: link.choices.join(", ") })
      : link.kind === "question"
        ? t.noChoices
        : null,
    link.os ? format(t.os, { os: link.os }) : null,
    link.step !== null ? format(t.step, { step: link.step }) : null,
  ].filter((fact): fact is string => fact !== null);
  const questionId = link.kind === "question" ? link.questionId : null;
  return (
    <aside className={styles.simCard} aria-label={link.kind === "question" ? t.title : t.sandboxTitle}>
      <div className={styles.simHead}>
        <span className={styles.simIcon} aria-hidden="true">
          ▶
        </span>
        <div>
          <p className={styles.simTitle}>{link.kind === "question" ? t.title : t.sandboxTitle}</p>
          <p className={styles.simFacts}>{facts.join(" · ")}</p>
        </div>
        <div className={styles.simButtons}>
          {questionId ? (
            <button
              type="button"
              className="button"
              aria-expanded={isOpen}
              aria-controls={regionId}
              onClick={() => {
                setIsOpen(!isOpen);
                setHasOpened(true);
              }}
            >
              {isOpen ? t.hide : t.embed}
            </button>
          ) : null}
          <Link href={link.href} className="button button-quiet">
            {questionId ? t.openFull : t.open}
          </Link>
        </div>
      </div>
      {questionId ? (
        <div
          id={regionId}
          className={styles.simEmbed}
          role="region"
          aria-label={format(t.embedLabel, { id: questionId })}
          hidden={!isOpen}
        >
          {hasOpened ? (
            <Suspense fallback={<div className={styles.simStatus} aria-busy="true" />}>
              <MiniReplay questionId={questionId} href={link.href} />
            </Suspense>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}
