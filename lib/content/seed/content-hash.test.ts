import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashContent, toSeedQuestion } from "./content-hash";
import { loadBank, type BankQuestion } from "../parse/load-bank";

const validDir = path.join(import.meta.dirname, "../__fixtures__/valid");

async function firstQuestion(): Promise<BankQuestion> {
  const bank = await loadBank(validDir, { repoRoot: validDir });
  const question = bank.questions.find((candidate) => candidate.id === "saa-0001");
  if (!question) throw new Error("fixture saa-0001 is missing");
  return question;
}

describe("toSeedQuestion", () => {
  it("builds the rows of every language, the English references falling back to the Japanese file's", async () => {
    const seed = toSeedQuestion(await firstQuestion(), null);
    expect(seed).toMatchObject({ id: "saa-0001", examId: "saa-c03", domainId: "saa-c03:secure", sourcePath: "saa-c03/saa-0001.md" });
    expect(seed.texts.map((text) => text.lang)).toEqual(["ja", "en"]);
    expect(seed.texts[1]?.references).toEqual(seed.texts[0]?.references);
    expect(seed.choices[2]).toMatchObject({ letter: "C", position: 2, isCorrect: true });
    expect(seed.choices[2]?.texts.map((text) => text.lang)).toEqual(["ja", "en"]);
  });

  it("hashes equal content equally and changes the hash when only the translation changes", async () => {
    const question = await firstQuestion();
    const original = toSeedQuestion(question, null).contentHash;
    expect(toSeedQuestion(await firstQuestion(), null).contentHash).toBe(original);
    const [translation] = question.translations;
    if (!translation) throw new Error("fixture saa-0001 has an English translation");
    const edited = { ...question, translations: [{ ...translation, explanationHtml: "<p>edited</p>" }] };
    expect(toSeedQuestion(edited, null).contentHash).not.toBe(original);
    expect(toSeedQuestion(question, { goals: [] }).contentHash).not.toBe(original);
  });
});

describe("hashContent", () => {
  it("does not depend on the order of object keys, but does on the order of arrays", () => {
    expect(hashContent({ a: 1, b: { c: 2, d: 3 } })).toBe(hashContent({ b: { d: 3, c: 2 }, a: 1 }));
    expect(hashContent([1, 2])).not.toBe(hashContent([2, 1]));
  });
});
