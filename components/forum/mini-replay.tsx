"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import { LocalizedPlayer } from "@/components/netsim/localized-player";
import { format } from "@/lib/i18n/format";
import type { LoadedScenario } from "@/lib/netsim-ui/dto";
import { fetchPlayerScenario } from "@/lib/netsim-ui/player-scenario";
import { playerStateFromHref } from "@/lib/netsim-ui/url-state";
import styles from "./forum.module.css";

type Props = { questionId: string; href: string };

/**
 * The mini player inside a forum replay card, on the exact state of the post's link (choices, OS, step). It reads the
 * scenario through GET /api/questions/<id>/scenario, so it opens only for a reader the simulator page would let in,
 * and otherwise says why it is locked. The simulator's texts come with the route's reply, in the reader's language
 * only; the card's own (loading, failure) from the thread page's forum namespace.
 */
export function MiniReplay({ questionId, href }: Props) {
  const [loaded, setLoaded] = useState<LoadedScenario | null>(null);
  const [round, setRound] = useState(0);
  // A link to a variant (類題) replays that variant: its seed is part of the link's state.
  const seed = playerStateFromHref(href, []).seed;
  useEffect(() => {
    const controller = new AbortController();
    void fetchPlayerScenario(questionId, controller.signal, seed).then((result) => {
      if (!controller.signal.aborted) setLoaded(result);
    });
    return () => controller.abort();
  }, [questionId, round, seed]);

  const card = useMessages("forum").simulator;
  if (!loaded)
    return (
      <p className={styles.simStatus} role="status">
        {card.loading}
      </p>
    );
  const t = loaded.messages;
  if (loaded.status === "failed" || !t)
    return (
      <p className={styles.simStatus} role="alert">
        {card.loadFailed}{" "}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setLoaded(null);
            setRound(round + 1);
          }}
        >
          {card.retry}
        </button>
      </p>
    );
  if (loaded.status === "locked")
    return (
      <p className={styles.simLocked} data-testid="replay-locked">
        <span aria-hidden="true">🔒 </span>
        {format(loaded.reason === "exam" ? t.replay.lockedExam : t.replay.lockedUnanswered, { id: questionId })}
        {loaded.reason === "unanswered" ? (
          <>
            {" "}
            <Link href={`/questions/${questionId}`}>{t.replay.practise}</Link>
          </>
        ) : null}
      </p>
    );
  if (loaded.status === "none") return <p className={styles.simStatus}>{t.replay.none}</p>;
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
      messages={t}
      sharePath={`/questions/${questionId}/simulate`}
      isUrlSynced={false}
      titleLevel={3}
      isCompact
    />
  );
}
