import { describe, expect, it } from "vitest";
import { gradedQuestionFrom } from "@/lib/server/quiz/graded-question";

const stored = {
  hasScenario: true,
  texts: [
    {
      lang: "en",
      explanationHtml: "<p>Because.</p>",
      references: [{ title: "VPC", url: "https://docs.aws.amazon.com/vpc/" }],
    },
    { lang: "ja", explanationHtml: "<p>なぜなら。</p>", references: "not a list" },
  ],
  choices: [
    {
      letter: "A",
      isCorrect: false,
      texts: [
        { lang: "ja", explanationHtml: "<p>A は違う。</p>" },
        { lang: "en", explanationHtml: "<p>Not A.</p>" },
      ],
    },
    { letter: "B", isCorrect: true, texts: [{ lang: "ja", explanationHtml: "<p>B が正しい。</p>" }] },
  ],
};

describe("gradedQuestionFrom", () => {
  it("gives the key and the texts in the reader's language", () => {
    const graded = gradedQuestionFrom("q-1", stored, "en");
    expect(graded).toMatchObject({
      questionId: "q-1",
      lang: "en",
      keyLetters: ["B"],
      explanationHtml: "<p>Because.</p>",
      hasScenario: true,
    });
    expect(graded.references).toEqual([{ title: "VPC", url: "https://docs.aws.amazon.com/vpc/" }]);
    // A choice without an English text falls back to the one it has.
    expect(graded.choices).toEqual([
      { letter: "A", isCorrect: false, explanationHtml: "<p>Not A.</p>" },
      { letter: "B", isCorrect: true, explanationHtml: "<p>B が正しい。</p>" },
    ]);
  });

  it("falls back to Japanese when the question has no text in the reader's language, and drops malformed references", () => {
    const jaOnly = { ...stored, texts: stored.texts.filter((text) => text.lang === "ja") };
    const graded = gradedQuestionFrom("q-1", jaOnly, "en");
    expect(graded).toMatchObject({ lang: "ja", explanationHtml: "<p>なぜなら。</p>", references: [] });
    expect(graded.choices[0]?.explanationHtml).toBe("<p>A は違う。</p>");
  });
});
