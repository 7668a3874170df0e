import "server-only";
import { db } from "@/lib/db";
import { localizedSchema, type Localized, type Scenario } from "@/lib/netsim";
import { sandboxScenarioFrom } from "@/lib/netsim-ui/public-scenario";

export type SandboxEntry = { questionId: string; title: Localized };

/** The bank's scenarios anyone may open in the sandbox (live questions only), by question id. */
export async function listSandboxScenarios(): Promise<SandboxEntry[]> {
  const rows = await db.question.findMany({
    where: { hasScenario: true, retiredAt: null },
    orderBy: { id: "asc" },
    select: { id: true, scenario: true },
  });
  return rows.map((row) => {
    const title = localizedSchema.safeParse((row.scenario as { title?: unknown } | null)?.title);
    return { questionId: row.id, title: title.success ? title.data : row.id };
  });
}

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
