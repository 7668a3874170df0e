import "server-only";
import { db } from "@/lib/db";
import type { Scenario } from "@/lib/netsim";
import { sandboxScenarioFrom } from "@/lib/netsim-ui/public-scenario";

/**
 * One bank scenario's baseline for the sandbox: its network and flows with `choices` and `key` removed, so it
 * reveals nothing about the answer. Anyone may open it, signed in or not. Null when unknown or without a scenario.
 */
export async function findSandboxScenario(questionId: string): Promise<Scenario | null> {
  const row = await db.question.findFirst({
    where: { id: questionId, hasScenario: true, retiredAt: null },
    select: { scenario: true },
  });
  return row ? sandboxScenarioFrom(row.scenario) : null;
}
