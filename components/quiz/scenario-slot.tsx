type Props = { questionId: string; hasScenario: boolean };

/**
 * Where the packet simulator's step-through player goes in the explanation panel, for questions with a scenario.
 * Renders nothing until the simulator issue embeds its player here; the text explanations stand alone meanwhile.
 */
export function ScenarioSlot(_props: Props) {
  return null;
}
