import { describe, expect, it } from "vitest";
import { ASSUMED_CUT_RATIO, estimateScaledScore, percent, scoreByDomain } from "./score";

describe("estimateScaledScore", () => {
  it("maps none, the assumed cut and all correct to 100, the pass line and 1000", () => {
    expect(estimateScaledScore(0, 65, 720)).toBe(100);
    expect(estimateScaledScore(ASSUMED_CUT_RATIO * 100, 100, 720)).toBe(720);
    expect(estimateScaledScore(65, 65, 720)).toBe(1000);
  });
  it("is monotonic in the raw score", () => {
    const scores = Array.from({ length: 66 }, (_, correct) => estimateScaledScore(correct, 65, 720));
    scores.slice(1).forEach((score, i) => expect(score).toBeGreaterThanOrEqual(scores[i] as number));
  });
  it("puts 47/65 (72.3%) just over and 46/65 (70.8%) just under the line", () => {
    expect(estimateScaledScore(47, 65, 720)).toBeGreaterThanOrEqual(720);
    expect(estimateScaledScore(46, 65, 720)).toBeLessThan(720);
  });
  it("returns the minimum for an empty exam", () => {
    expect(estimateScaledScore(0, 0, 720)).toBe(100);
  });
});

describe("scoreByDomain", () => {
  it("counts per domain in the given order, keeping empty domains", () => {
    const items = [
      { domainId: "b", isCorrect: true },
      { domainId: "a", isCorrect: false },
      { domainId: "b", isCorrect: false },
    ];
    expect(scoreByDomain(items, ["a", "b", "c"])).toEqual([
      { domainId: "a", correct: 0, total: 1 },
      { domainId: "b", correct: 1, total: 2 },
      { domainId: "c", correct: 0, total: 0 },
    ]);
    expect(percent(1, 3)).toBe(33);
  });
});
