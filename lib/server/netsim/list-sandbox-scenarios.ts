import "server-only";
import { db } from "@/lib/db";
import { localizedSchema, type Localized } from "@/lib/netsim/authoring";

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
