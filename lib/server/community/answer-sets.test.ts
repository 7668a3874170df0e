import { describe, expect, it } from "vitest";
import { normalizeLetters, tallyAnswerSets } from "./answer-sets";

describe("answer sets", () => {
  it("treats letters as a set", () => {
    expect(normalizeLetters(["D", "B", "D"])).toEqual(["B", "D"]);
  });
  it("orders by count, gives shares and marks the key whatever its letter order", () => {
    const tally = tallyAnswerSets(
      [
        { letters: ["A"], count: 1 },
        { letters: ["D", "B"], count: 3 },
        { letters: ["C"], count: 1 },
      ],
      ["B", "D"],
    );
    expect(tally.map((row) => [row.letters.join(","), row.count, row.isKey])).toEqual([
      ["B,D", 3, true],
      ["A", 1, false],
      ["C", 1, false],
    ]);
    expect(tally[0]?.share).toBeCloseTo(0.6);
    expect(tallyAnswerSets([], ["A"])).toEqual([]);
  });
});
