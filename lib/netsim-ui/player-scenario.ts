// What GET /api/questions/<id>/scenario answers, and the browser's call to it: the step-through player (in a graded
// question's explanation) and the forum's replay cards load a question's scenario through this one read.
import type { Locale } from "@/lib/i18n/locales";
import type { Scenario } from "@/lib/netsim";

export type PlayerChoice = { letter: string; html: string };

/** Why a scenario is not sent: the requester has no graded answer to it, or it is in their running mock exam. */
export type ScenarioLockReason = "unanswered" | "exam";

export type OpenPlayerScenario = {
  status: "open";
  questionId: string;
  scenario: Scenario;
  choices: PlayerChoice[];
  /** The language of the choices' text (Japanese when the question has no translation). */
  lang: Locale;
};

export type PlayerScenario =
  | OpenPlayerScenario
  | { status: "locked"; questionId: string; reason: ScenarioLockReason }
  | { status: "none"; questionId: string };

/** The route's JSON: the open scenario with the reader's locale, or an error code (and a lock's reason). */
export type ScenarioResponse =
  | (OpenPlayerScenario & { locale: Locale })
  | { error: "locked"; reason: ScenarioLockReason }
  | { error: "invalid-id" | "not-found" | "no-scenario" | "unavailable" };

/** What the browser makes of the answer: a scenario to play, a lock with its reason, none, or a failure to retry. */
export type LoadedScenario =
  | { status: "open"; player: OpenPlayerScenario; locale: Locale }
  | { status: "locked"; reason: ScenarioLockReason }
  | { status: "none" }
  | { status: "failed" };

export const scenarioPath = (questionId: string) => `/api/questions/${encodeURIComponent(questionId)}/scenario`;

/** Reads a question's scenario for the player (a GET: cached nowhere, the answer depends on who asks). */
export async function fetchPlayerScenario(questionId: string, signal?: AbortSignal): Promise<LoadedScenario> {
  let response: Response;
  try {
    response = await fetch(scenarioPath(questionId), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      cache: "no-store",
      signal,
    });
  } catch {
    return { status: "failed" };
  }
  const body = (await response.json().catch(() => null)) as ScenarioResponse | null;
  if (!body) return { status: "failed" };
  if (response.ok && "status" in body && body.status === "open") {
    const { locale, ...player } = body;
    return { status: "open", player, locale };
  }
  if ("error" in body && body.error === "locked" && "reason" in body) return { status: "locked", reason: body.reason };
  if (response.status === 404) return { status: "none" };
  return { status: "failed" };
}
