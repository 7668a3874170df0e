import { describe, expect, it } from "vitest";
import { isSelectionCorrect, selectionProblem, sortLetters } from "./grade";

const rules = { letters: ["A", "B", "C", "D", "E"], choose: 2 };

describe("selectionProblem", () => {
  it("accepts exactly `choose` known letters", () => {
    expect(selectionProblem(["A", "C"], rules)).toBeNull();
  });
  it("refuses too few or too many in practice", () => {
    expect(selectionProblem(["A"], rules)).toBe("wrongCount");
    expect(selectionProblem(["A", "B", "C"], rules)).toBe("tooMany");
  });
  it("lets exam mode save an unfinished answer but never more than asked", () => {
    expect(selectionProblem(["A"], { ...rules, isPartialAllowed: true })).toBeNull();
    expect(selectionProblem([], { ...rules, isPartialAllowed: true })).toBeNull();
    expect(selectionProblem(["A", "B", "C"], { ...rules, isPartialAllowed: true })).toBe("tooMany");
  });
  it("refuses letters the question does not have and repeated letters", () => {
    expect(selectionProblem(["A", "F"], rules)).toBe("unknownChoice");
    expect(selectionProblem(["A", "A"], rules)).toBe("duplicateChoice");
  });
});

describe("isSelectionCorrect (all-or-nothing)", () => {
  it("is correct only for exactly the key, in any order", () => {
    expect(isSelectionCorrect(["C", "A"], ["A", "C"])).toBe(true);
    expect(isSelectionCorrect(["A", "B"], ["A", "C"])).toBe(false);
    expect(isSelectionCorrect(["A"], ["A", "C"])).toBe(false);
    expect(isSelectionCorrect(["A", "C", "D"], ["A", "C"])).toBe(false);
  });
  it("does not count a repeated right letter twice", () => {
    expect(isSelectionCorrect(["A", "A"], ["A", "C"])).toBe(false);
  });
  it("sorts letters for storage", () => {
    expect(sortLetters(["D", "A", "C"])).toEqual(["A", "C", "D"]);
  });
});
