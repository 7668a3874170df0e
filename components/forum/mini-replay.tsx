"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { LocalizedPlayer } from "@/components/netsim/localized-player";
import type { ForumMessages } from "@/lib/i18n/messages/forum";
import { format } from "@/lib/i18n/format";
import { fetchPlayerScenario, type LoadedScenario } from "@/lib/netsim-ui/player-scenario";
import { playerStateFromHref } from "@/lib/netsim-ui/url-state";
import styles from "./forum.module.css";

type Props = { questionId: string; href: string; t: ForumMessages["simulator"] };

/**
 * The mini player inside a forum replay card, on the exact state of the post's link (choices, OS, step). It reads the
 * scenario through GET /api/questions/<id>/scenario, so it opens only for a reader the simulator page would let in,
 * and otherwise says why it is locked.
 */
export function MiniReplay({ questionId, href, t }: Props) {
  const [loaded, setLoaded] = useState<LoadedScenario | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    void fetchPlayerScenario(questionId, controller.signal).then((result) => {
      if (!controller.signal.aborted) setLoaded(result);
    });
    return () => controller.abort();
  }, [questionId, round]);

  if (!loaded)
    return (
      <p className={styles.simStatus} role="status">
        {t.loading}
      </p>
    );
  if (loaded.status === "locked")
    return (
      <p className={styles.simLocked} data-testid="replay-locked">
        <span aria-hidden="true">🔒 </span>
        {format(loaded.reason === "exam" ? t.lockedExam : t.lockedUnanswered, { id: questionId })}
        {loaded.reason === "unanswered" ? (
          <>
            {" "}
            <Link href={`/questions/${questionId}`}>{t.practise}</Link>
          </>
        ) : null}
      </p>
    );
  if (loaded.status === "none") return <p className={styles.simStatus}>{t.none}</p>;
  if (loaded.status === "failed")
    return (
      <p className={styles.simStatus} role="alert">
        {t.failed}{" "}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setLoaded(null);
            setRound(round + 1);
          }}
        >
          {t.retry}
        </button>
      </p>
    );
  const { player, locale } = loaded;
  return (
    <LocalizedPlayer
      scenario={player.scenario}
      choices={player.choices}
      initial={playerStateFromHref(
        href,
        player.choices.map((choice) => choice.letter),
      )}
      locale={locale}
      sharePath={`/questions/${questionId}/simulate`}
      isUrlSynced={false}
      titleLevel={3}
      isCompact
    />
  );
}
