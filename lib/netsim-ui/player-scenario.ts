// What GET /api/questions/<id>/scenario answers, and the browser's call to it: the step-through player (in a graded
// question's explanation) and the forum's replay cards load a question's scenario through this one read.
import type { LoadedScenario, ScenarioResponse } from "@/lib/netsim-ui/dto";

/** The route of a question's scenario; with a seed, the variant (類題) that seed derives. */
export const scenarioPath = (questionId: string, seed?: number) =>
  `/api/questions/${encodeURIComponent(questionId)}/scenario${seed === undefined ? "" : `?seed=${seed}`}`;

/** Reads a question's scenario for the player (a GET: cached nowhere, the answer depends on who asks). */
export async function fetchPlayerScenario(
  questionId: string,
  signal?: AbortSignal,
  seed?: number,
): Promise<LoadedScenario> {
  let response: Response;
  try {
    response = await fetch(scenarioPath(questionId, seed), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      cache: "no-store",
      signal,
    });
  } catch {
    return { status: "failed", messages: null };
  }
  const body = (await response.json().catch(() => null)) as ScenarioResponse | null;
  if (!body) return { status: "failed", messages: null };
  const { messages } = body;
  if (response.ok && "status" in body && body.status === "open") {
    const { locale, messages: _, ...player } = body;
    return { status: "open", player, locale, messages };
  }
  if ("error" in body && body.error === "locked" && "reason" in body)
    return { status: "locked", reason: body.reason, messages };
  if (response.status === 404) return { status: "none", messages: messages ?? null };
  return { status: "failed", messages: messages ?? null };
}
