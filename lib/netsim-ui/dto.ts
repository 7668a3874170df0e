// Plain data shapes this domain's use cases return and its components render: no server imports, so the browser
// side may import them.
import type { Locale } from "@/lib/i18n/locales";
import type { Scenario } from "@/lib/netsim";

export type PlayerChoice = { letter: string; html: string };

export type PlayerScenario =
  | { status: "open"; questionId: string; scenario: Scenario; choices: PlayerChoice[]; lang: Locale }
  | { status: "locked"; questionId: string }
  | { status: "none"; questionId: string };
