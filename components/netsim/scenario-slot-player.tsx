"use client";
import dynamic from "next/dynamic";
import styles from "./netsim.module.css";

// The player, the read of its scenario and the simulator are a separate chunk: pages without a graded scenario never
// load it, and the question pages' first load carries none of it.
const GradedPlayer = dynamic(() => import("@/components/netsim/graded-player").then((module) => module.GradedPlayer), {
  ssr: false,
  loading: () => <div className={styles.slot} aria-busy="true" />,
});

/** The step-through player in a graded question's explanation (see GradedPlayer). */
export function ScenarioSlotPlayer({
  questionId,
  selected,
  variantSeed,
}: {
  questionId: string;
  selected: string[];
  /** The variant (類題) the learner answered, when the graded item served one. */
  variantSeed?: number;
}) {
  return <GradedPlayer questionId={questionId} selected={selected} variantSeed={variantSeed} />;
}
