import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PublicQuestion } from "@/lib/bank/dto";
import { ChoiceInputs } from "./choice-inputs";

const question: PublicQuestion = {
  id: "saa-0001",
  examId: "saa-c03",
  examCode: "SAA-C03",
  domainSlug: "secure",
  domainTitle: "Secure",
  difficulty: "medium",
  topics: [],
  choose: 1,
  hasScenario: false,
  lang: "ja",
  stemHtml: "<p>stem</p>",
  choices: ["A", "B", "C", "D"].map((letter) => ({ letter, html: `<p>${letter}</p>` })),
};

describe("ChoiceInputs", () => {
  it("server-renders every choice disabled: a pick before hydration would be shown but not recorded", () => {
    const html = renderToString(
      <ChoiceInputs question={question} selected={[]} onChange={() => {}} legend="Choices" />,
    );
    const inputs = html.match(/<input[^>]*>/g) ?? [];
    expect(inputs).toHaveLength(4);
    expect(inputs.every((input) => /\sdisabled=""/.test(input))).toBe(true);
  });
});
