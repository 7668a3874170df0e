import { Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  endOfDay,
  forecast,
  newCardRow,
  ratingFor,
  recallProbability,
  scheduleAnswer,
  startOfDay,
} from "@/lib/review/fsrs";

const at = new Date("2026-11-30T03:00:00Z"); // 12:00 in Tokyo
const days = (n: number) => n * 24 * 60 * 60 * 1000;

describe("ratingFor", () => {
  it("maps right/wrong, the unsure mark and the time taken to an FSRS grade", () => {
    expect(ratingFor({ isCorrect: false, confidence: "sure", elapsedMs: 1000 })).toBe(Rating.Again);
    expect(ratingFor({ isCorrect: true, confidence: "unsure", elapsedMs: 1000 })).toBe(Rating.Hard);
    expect(ratingFor({ isCorrect: true, elapsedMs: 200_000 })).toBe(Rating.Hard);
    expect(ratingFor({ isCorrect: true, elapsedMs: 5_000 })).toBe(Rating.Easy);
    expect(ratingFor({ isCorrect: true, elapsedMs: 40_000 })).toBe(Rating.Good);
    expect(ratingFor({ isCorrect: true })).toBe(Rating.Good);
  });
});

describe("scheduleAnswer", () => {
  it("brings a wrong first answer back the next day and a right one later, longer each time it is right", () => {
    const wrong = scheduleAnswer(newCardRow(at), { isCorrect: false }, at).card;
    expect(wrong.due.getTime() - at.getTime()).toBe(days(1));
    const right = scheduleAnswer(newCardRow(at), { isCorrect: true }, at).card;
    expect(right.state).toBe(State.Review);
    expect(right.due.getTime()).toBeGreaterThan(wrong.due.getTime());
    const again = scheduleAnswer(right, { isCorrect: true }, right.due).card;
    expect(again.due.getTime() - right.due.getTime()).toBeGreaterThan(right.due.getTime() - at.getTime());
    const lapse = scheduleAnswer(right, { isCorrect: false }, right.due).card;
    expect(lapse.lapses).toBe(1);
    expect(lapse.stability).toBeLessThan(right.stability);
  });

  it("gives a recall probability that falls with time and is 0 for an unseen card", () => {
    const card = scheduleAnswer(newCardRow(at), { isCorrect: true }, at).card;
    expect(recallProbability(newCardRow(at), at)).toBe(0);
    const soon = recallProbability(card, new Date(at.getTime() + days(1)));
    const late = recallProbability(card, new Date(at.getTime() + days(30)));
    expect(soon).toBeGreaterThan(late);
    expect(soon).toBeLessThanOrEqual(1);
  });
});

describe("days in Japan time", () => {
  it("starts the day at 00:00 JST (15:00 UTC)", () => {
    expect(startOfDay(at).toISOString()).toBe("2026-11-29T15:00:00.000Z");
    expect(endOfDay(at).toISOString()).toBe("2026-11-30T15:00:00.000Z");
    expect(startOfDay(new Date("2026-11-30T15:30:00Z")).toISOString()).toBe("2026-11-30T15:00:00.000Z");
  });

  it("counts overdue cards today and drops those past the window", () => {
    const dues = [
      new Date(at.getTime() - days(3)),
      at,
      new Date(at.getTime() + days(1)),
      new Date(at.getTime() + days(20)),
    ];
    expect(forecast(dues, at, 7)).toEqual([2, 1, 0, 0, 0, 0, 0]);
  });
});
