/**
 * The player's state in the URL, so a replay can be shared in a forum post:
 * /questions/<id>/simulate?choices=A,C&os=linux&step=4 (the forum renders exactly this format as a card).
 * `step` is 1-based (what a reader sees as "step 4"); 0 or absent means the first step.
 */
import type { OsId } from "@/lib/netsim";

export type PlayerState = {
  /** Choice letters switched on, sorted. */
  choices: string[];
  /** A client OS chosen in the selector; null means each flow's own OS set from the scenario. */
  os: OsId | null;
  /** 0-based index of the shown step within the selected flow's story. */
  step: number;
  /** Index of the selected flow result (goal/forbidden × OS); 0 is the first goal. */
  flow: number;
  /** The variant (類題) replayed: the scenario is the one (question id, seed) derives. Absent: the question as written. */
  seed?: number;
};

export const PLAYER_OS: readonly OsId[] = ["linux", "linux-legacy", "windows", "windows-xp", "macos"];
const MAX_STEP = 999;

export const initialPlayerState: PlayerState = { choices: [], os: null, step: 0, flow: 0 };

type Query = URLSearchParams | Record<string, string | string[] | undefined>;

function read(query: Query, name: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

function readIndex(raw: string | undefined, isOneBased: boolean): number {
  if (raw === undefined || !/^\d{1,4}$/.test(raw)) return 0;
  const n = Math.min(Number(raw), MAX_STEP);
  return isOneBased ? Math.max(0, n - 1) : n;
}

/** Reads the state from a query, keeping only choices the scenario has and OSes the selector offers. Never throws. */
export function decodePlayerState(query: Query, available: readonly string[]): PlayerState {
  const letters = (read(query, "choices") ?? "").split(",").map((letter) => letter.trim().toUpperCase());
  const choices = [...new Set(letters.filter((letter) => /^[A-Z]$/.test(letter) && available.includes(letter)))].sort();
  const os = read(query, "os");
  const seed = readVariantSeed(query);
  return {
    choices,
    os: PLAYER_OS.find((id) => id === os) ?? null,
    step: readIndex(read(query, "step"), true),
    flow: readIndex(read(query, "flow"), false),
    ...(seed === null ? {} : { seed }),
  };
}

/**
 * The state a replay link opens on (a forum card's same-site `href`, e.g. /questions/saa-0001/simulate?choices=A,C&
 * os=linux&step=4), against the choices the scenario has. Anything unreadable gives the initial state. Never throws.
 */
export function playerStateFromHref(href: string, available: readonly string[]): PlayerState {
  const at = href.indexOf("?");
  if (at < 0) return { ...initialPlayerState };
  return decodePlayerState(new URLSearchParams(href.slice(at + 1).split("#")[0]), available);
}

/** `?seed=N`: a variant's seed (a non-negative 31-bit integer), or null. */
export function readVariantSeed(query: Query): number | null {
  const raw = read(query, "seed");
  if (raw === undefined || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= 0x7fffffff ? n : null;
}

/** The query string for a state (without "?"); default values are left out so links stay short. */
export function encodePlayerState(state: PlayerState): string {
  const parts: string[] = [];
  if (state.seed !== undefined) parts.push(`seed=${state.seed}`);
  // Commas stay literal: the forum's link parser and human readers both expect choices=A,C.
  if (state.choices.length > 0) parts.push(`choices=${[...state.choices].sort().join(",")}`);
  if (state.os) parts.push(`os=${state.os}`);
  if (state.step > 0) parts.push(`step=${Math.min(state.step, MAX_STEP - 1) + 1}`);
  if (state.flow > 0) parts.push(`flow=${state.flow}`);
  return parts.join("&");
}

/** Switches one choice on or off, keeping the list sorted. */
export function toggleChoice(choices: readonly string[], letter: string): string[] {
  return choices.includes(letter) ? choices.filter((item) => item !== letter) : [...choices, letter].sort();
}
