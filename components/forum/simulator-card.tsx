import Link from "next/link";
import type { ForumMessages } from "@/lib/i18n/messages/forum";
import { format } from "@/lib/i18n/format";
import type { SimulatorLink } from "@/lib/forum/dto";
import styles from "./forum.module.css";

/** A replay card for a simulator link in a post: what it shows (question, choices on, OS, step) and a link to open it. */
export function SimulatorCard({ link, t }: { link: SimulatorLink; t: ForumMessages["simulator"] }) {
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
  return (
    <aside className={styles.simCard} aria-label={link.kind === "question" ? t.title : t.sandboxTitle}>
      <span className={styles.simIcon} aria-hidden="true">
        ▶
      </span>
      <div>
        <p className={styles.simTitle}>{link.kind === "question" ? t.title : t.sandboxTitle}</p>
        <p className={styles.simFacts}>{facts.join(" · ")}</p>
      </div>
      <Link href={link.href} className="button button-quiet">
        {t.open}
      </Link>
    </aside>
  );
}
