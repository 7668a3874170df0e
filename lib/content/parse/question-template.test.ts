import { describe, expect, it } from "vitest";
import { parseQuestion } from "./parse-question";
import { nextQuestionId, questionTemplate } from "./question-template";
import type { ExamDefinition } from "./exam-schema";

const exam: ExamDefinition = {
  id: "saa-c03",
  code: "SAA-C03",
  title: { ja: "試験", en: "Exam" },
  questionCount: 65,
  minutes: 130,
  extensionMinutes: 30,
  passingScore: 720,
  domains: [{ id: "secure", weight: 100, title: { ja: "セキュア", en: "Secure" } }],
};

describe("nextQuestionId", () => {
  it("takes the exam's prefix and the number above the highest, skipping translations and other names", () => {
    expect(nextQuestionId("saa-c03", ["exam.yaml", "saa-0001", "saa-0101", "saa-0101", "saa-0002"])).toBe("saa-0102");
  });

  it("starts at 0001 with the exam id's first word when the exam has no question yet", () => {
    expect(nextQuestionId("network-basics", ["exam.yaml"])).toBe("network-0001");
  });
});

describe("questionTemplate", () => {
  it("parses, and fails only because no key is marked yet", () => {
    const { question, problems } = parseQuestion("content/saa-c03/saa-0003.md", questionTemplate("saa-0003", exam));
    expect(question?.frontMatter.id).toBe("saa-0003");
    expect(question?.choices).toHaveLength(4);
    expect(problems.map((problem) => problem.message)).toEqual(['no choice is marked correct: mark the key with "- [x]"']);
  });
});
