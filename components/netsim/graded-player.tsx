"use client";
import { useEffect, useState } from "react";
import { LocalizedPlayer } from "@/components/netsim/localized-player";
import { loadOnDemandParts } from "@/lib/netsim";
import type { LoadedScenario } from "@/lib/netsim-ui/dto";
import { fetchPlayerScenario } from "@/lib/netsim-ui/player-scenario";
import { initialPlayerState } from "@/lib/netsim-ui/url-state";
import styles from "./netsim.module.css";

/**
 * The step-through player in a graded question's explanation: reads the scenario (GET /api/questions/<id>/scenario,
 * which checks the answer was graded), then plays it with the learner's own answer applied (one click switches to the key).
 * Loaded lazily by ScenarioSlotPlayer, so the read, the simulator and its texts are all in one chunk.
 */
export function GradedPlayer({
  questionId,
  selected,
  variantSeed,
}: {
  questionId: string;
  selected: string[];
  /** The variant (類題) the learner answered: the player loads its scenario and the share link carries ?seed=. */
  variantSeed?: number;
}) {
  const [loaded, setLoaded] = useState<LoadedScenario | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void fetchPlayerScenario(questionId, controller.signal, variantSeed).then((result) => {
      if (!controller.signal.aborted) setLoaded(result);
    });
    return () => controller.abort();
  }, [questionId, variantSeed]);
  // The learner's answer is applied with the simulator's on-demand changes part: fetched alongside the scenario.
  const hasAnswer = selected.length > 0;
  useEffect(() => {
    if (hasAnswer) void loadOnDemandParts("changes").catch(() => undefined);
  }, [hasAnswer]);
  if (!loaded) return <div className={styles.slot} aria-busy="true" />;
  if (loaded.status !== "open") return null;
  const { player, locale, messages } = loaded;
  const answer = selected.filter((letter) => player.choices.some((choice) => choice.letter === letter)).sort();
  return (
    <div className={styles.slot}>
      <LocalizedPlayer
        scenario={player.scenario}
        choices={player.choices}
        answer={answer}
        initial={{
          ...initialPlayerState,
          choices: answer,
          ...(variantSeed === undefined ? {} : { seed: variantSeed }),
        }}
        locale={locale}
        messages={messages}
        sharePath={`/questions/${questionId}/simulate`}
        isUrlSynced={false}
        titleLevel={3}
      />
    </div>
  );
}
