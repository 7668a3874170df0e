// Plain data shapes this domain's use cases return and its components render: no server imports, so the browser
// side may import them.
import type { Locale } from "@/lib/i18n/locales";
import type { NetsimMessages } from "@/lib/i18n/messages/netsim";
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
  /** Set when this is a variant (類題): scenario and choices are the variant's. */
  variantSeed?: number;
};

export type PlayerScenario =
  | OpenPlayerScenario
  | { status: "locked"; questionId: string; reason: ScenarioLockReason }
  | { status: "none"; questionId: string };

/**
 * The route's JSON: the open scenario with the reader's locale, or an error code (and a lock's reason). Every reply
 * carries the simulator's texts in the reader's language only (`messages`), so the lazily loaded player never ships
 * the catalogue in both languages.
 */
export type ScenarioResponse = (
  | (OpenPlayerScenario & { locale: Locale })
  | { error: "locked"; reason: ScenarioLockReason }
  | { error: "invalid-id" | "invalid-seed" | "not-found" | "no-scenario" | "unavailable" }
) & { messages: NetsimMessages };

/**
 * What the browser makes of the answer: a scenario to play, a lock with its reason, none, or a failure to retry;
 * with the reply's texts (none when no reply came).
 */
export type LoadedScenario =
  | { status: "open"; player: OpenPlayerScenario; locale: Locale; messages: NetsimMessages }
  | { status: "locked"; reason: ScenarioLockReason; messages: NetsimMessages }
  | { status: "none"; messages: NetsimMessages | null }
  | { status: "failed"; messages: NetsimMessages | null };
