import { describe, expect, it } from "vitest";
import { answerSchema, startExamSchema, startPracticeSchema } from "./schemas";

describe("answerSchema (what every answer action accepts before any use case runs)", () => {
  it("accepts an attempt id, a position and choice letters", () => {
    expect(answerSchema.parse({ attemptId: "cm1abc", position: 0, selected: ["A", "C"] })).toEqual({
      attemptId: "cm1abc",
      position: 0,
      selected: ["A", "C"],
    });
  });
  it.each([
    ["a missing attempt id", { position: 0, selected: ["A"] }],
    ["an empty attempt id", { attemptId: "", position: 0, selected: ["A"] }],
    ["a numeric attempt id", { attemptId: 42, position: 0, selected: ["A"] }],
    ["a negative position", { attemptId: "x", position: -1, selected: ["A"] }],
    ["a fractional position", { attemptId: "x", position: 1.5, selected: ["A"] }],
    ["a position as text", { attemptId: "x", position: "1", selected: ["A"] }],
    ["a lowercase letter", { attemptId: "x", position: 0, selected: ["a"] }],
    ["a choice id instead of a letter", { attemptId: "x", position: 0, selected: ["saa-0001:A"] }],
    ["a single letter not in a list", { attemptId: "x", position: 0, selected: "A" }],
  ])("refuses %s", (_name, input) => {
    expect(answerSchema.safeParse(input).success).toBe(false);
  });
});

describe("start schemas (form data)", () => {
  it("reads a practice form: one checkbox is a string, several an array, size as text", () => {
    expect(
      startPracticeSchema.parse({ examId: "saa-c03", domains: "secure", topics: ["vpc", "s3"], size: "10" }),
    ).toEqual({
      examId: "saa-c03",
      domains: ["secure"],
      topics: ["vpc", "s3"],
      size: 10,
      source: "all",
      tasks: [],
      questionIds: [],
    });
    expect(startPracticeSchema.safeParse({ examId: "saa-c03", size: "0" }).success).toBe(false);
    expect(startPracticeSchema.safeParse({ examId: "saa-c03", size: "1000" }).success).toBe(false);
    expect(startPracticeSchema.safeParse({ examId: "saa-c03", size: "5", source: "everything" }).success).toBe(false);
  });
  it("reads the exam form's extension checkbox", () => {
    expect(startExamSchema.parse({ examId: "saa-c03", size: "5", isExtended: "on" })).toEqual({
      examId: "saa-c03",
      size: 5,
      isExtended: true,
    });
    expect(startExamSchema.parse({ examId: "saa-c03" }).isExtended).toBe(false);
  });
});
