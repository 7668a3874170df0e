// The spaced-review model: ts-fsrs with Kaisetsu's settings, how a graded answer becomes an FSRS rating, and the
// conversion between a stored card row and ts-fsrs's Card. Pure: no database, so it is unit-tested and benchmarked alone.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";

/**
 * Days, not minutes: a bank question seen again ten minutes later tests memory of the key, not of the idea, so short-term
 * learning steps are off (a wrong answer comes back the next day). No fuzz: the day FSRS names is the day it is served.
 */
export const scheduler = fsrs({
  request_retention: 0.9,
  maximum_interval: 365,
  enable_fuzz: false,
  enable_short_term: false,
});

/** A right answer slower than this was effortful (Hard); faster than FAST_MS without doubt is Easy. */
export const SLOW_MS = 120_000;
export const FAST_MS = 15_000;
/** Failed this many times: a leech, taken out of the queue and offered in a drill. */
export const LEECH_FAILS = 4;

export type Confidence = "sure" | "unsure";
export type AnswerSignal = { isCorrect: boolean; confidence?: Confidence | undefined; elapsedMs?: number | undefined };

/** Wrong → Again; right but unsure or slow → Hard; right, quick and not marked unsure → Easy; otherwise Good. */
export function ratingFor({ isCorrect, confidence, elapsedMs }: AnswerSignal): Grade {
  if (!isCorrect) return Rating.Again;
  if (confidence === "unsure") return Rating.Hard;
  if (elapsedMs !== undefined && elapsedMs > SLOW_MS) return Rating.Hard;
  if (elapsedMs !== undefined && elapsedMs < FAST_MS) return Rating.Easy;
  return Rating.Good;
}

/** The stored columns of a card (ReviewCard without its keys and leech bookkeeping). */
export type CardRow = {
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export function newCardRow(at: Date): CardRow {
  return fromCard(createEmptyCard(at));
}

export function toCard(row: CardRow): Card {
  const card: Card = {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: 0,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
  };
  if (row.lastReview) card.last_review = row.lastReview;
  return card;
}

export function fromCard(card: Card): CardRow {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** The card after one graded answer at `at`. */
export function scheduleAnswer(row: CardRow, signal: AnswerSignal, at: Date): { card: CardRow; rating: Grade } {
  const rating = ratingFor(signal);
  const { card } = scheduler.next(toCard(row), at, rating);
  return { card: fromCard(card), rating };
}

/** Probability of recalling the answer at `at` (0 for a card never answered). */
export function recallProbability(row: CardRow, at: Date): number {
  if (row.state === State.New || row.lastReview === null) return 0;
  return scheduler.get_retrievability(toCard(row), at, false);
}

// ── Days in Japan time (the learners' day; Japan has no daylight saving) ──
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The first instant of the Japan-time day containing `at`. */
export function startOfDay(at: Date): Date {
  const local = at.getTime() + JST_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - JST_OFFSET_MS);
}

/** The first instant of the next Japan-time day: a card due before it is due "today". */
export function endOfDay(at: Date): Date {
  return new Date(startOfDay(at).getTime() + DAY_MS);
}

/** How many cards fall due on each of the next `days` days (index 0 = today, including overdue ones). */
export function forecast(dues: Date[], at: Date, days = 7): number[] {
  const counts = Array.from({ length: days }, () => 0);
  const start = startOfDay(at).getTime();
  for (const due of dues) {
    const index = Math.max(0, Math.floor((due.getTime() - start) / DAY_MS));
    if (index < days) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/**
 * Recall for the mastery map and readiness: FSRS's probability a day after the last answer at the earliest (right after
 * an answer FSRS says ~100%: the key was just shown). A question whose latest answer was wrong counts 0 until it is
 * answered right again: having read the key is not knowing it.
 */
export function masteryRecall(row: CardRow & { lastIsCorrect: boolean }, at: Date): number {
  if (row.lastReview === null || !row.lastIsCorrect) return 0;
  const horizon = Math.max(at.getTime(), row.lastReview.getTime() + DAY_MS);
  return recallProbability(row, new Date(horizon));
}
