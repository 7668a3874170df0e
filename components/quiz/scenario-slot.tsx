import { ScenarioSlotPlayer } from "@/components/netsim/scenario-slot-player";

type Props = { questionId: string; hasScenario: boolean; selected?: string[]; variantSeed?: number };

/**
 * Where the packet simulator's step-through player goes in the explanation panel, for questions with a scenario.
 * The player loads lazily (its own chunk and a server call that checks the answer was graded).
 */
export function ScenarioSlot({ questionId, hasScenario, selected = [], variantSeed }: Props) {
  return hasScenario ? (
    <ScenarioSlotPlayer questionId={questionId} selected={selected} variantSeed={variantSeed} />
  ) : null;
}
