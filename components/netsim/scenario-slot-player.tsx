"use client";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { loadPlayerScenarioAction } from "@/app/questions/[id]/simulate/actions";
import type { Locale } from "@/lib/i18n/locales";
import type { NetsimMessages } from "@/lib/i18n/messages/netsim";
import { initialPlayerState } from "@/lib/netsim-ui/url-state";
import type { PlayerScenario } from "@/lib/server/netsim/get-player-scenario";
import styles from "./netsim.module.css";

// The player (and the simulator inside it) is a separate chunk: pages without a graded scenario never load it.
const Player = dynamic(() => import("@/components/netsim/player").then((module) => module.Player), { ssr: false });

type Loaded = { player: PlayerScenario; locale: Locale; t: NetsimMessages };

/**
 * The step-through player in a graded question's explanation: asks the server for the scenario, then plays it with the
 * learner's own answer applied (one click switches to the key).
 */
export function ScenarioSlotPlayer({
  questionId,
  selected,
  variantSeed,
}: {
  questionId: string;
  selected: string[];
  /** The variant (類題) the learner answered: the player loads its scenario and the share link carries ?seed=. */
  variantSeed?: number;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    loadPlayerScenarioAction(variantSeed === undefined ? { questionId } : { questionId, seed: variantSeed })
      .then((result) => {
        if (!isCurrent) return;
        if (result.ok) setLoaded(result.data);
        else setHasFailed(true);
      })
      .catch(() => isCurrent && setHasFailed(true));
    return () => {
      isCurrent = false;
    };
  }, [questionId, variantSeed]);
  if (hasFailed) return null;
  if (!loaded) return <div className={styles.slot} aria-busy="true" />;
  const { player, locale, t } = loaded;
  if (player.status !== "open") return null;
  const answer = selected.filter((letter) => player.choices.some((choice) => choice.letter === letter)).sort();
  return (
    <div className={styles.slot}>
      <Player
        scenario={player.scenario}
        choices={player.choices}
        answer={answer}
        initial={{
          ...initialPlayerState,
          choices: answer,
          ...(variantSeed === undefined ? {} : { seed: variantSeed }),
        }}
        locale={locale}
        t={t}
        sharePath={`/questions/${questionId}/simulate`}
        isUrlSynced={false}
        titleLevel={3}
      />
    </div>
  );
}
