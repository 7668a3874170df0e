import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findPublicQuestion } from "@/lib/server/bank/find-public-question";
import { listExams } from "@/lib/server/bank/list-exams";

const exam = "it-bank";
const secret = "THE-EXPLANATION-ONLY-AFTER-GRADING";

async function createQuestion(id: string, domain: string, { isRetired = false, hasEnglish = false } = {}) {
  await db.question.create({
    data: {
      id,
      examId: exam,
      domainId: `${exam}:${domain}`,
      difficulty: "easy",
      choose: 1,
      topics: ["vpc"],
      contentHash: id,
      sourcePath: `${id}.md`,
      retiredAt: isRetired ? new Date() : null,
      texts: {
        create: [
          { lang: "ja", stemHtml: `<p>問 ${id}</p>`, explanationHtml: `<p>${secret}</p>`, references: [] },
          ...(hasEnglish
            ? [{ lang: "en", stemHtml: `<p>Q ${id}</p>`, explanationHtml: `<p>${secret}</p>`, references: [] }]
            : []),
        ],
      },
      choices: {
        create: ["A", "B", "C", "D"].map((letter, position) => ({
          id: `${id}:${letter}`,
          letter,
          position,
          isCorrect: letter === "C",
          texts: {
            create: [{ lang: "ja", html: `<p>選択肢 ${letter}</p>`, explanationHtml: `<p>${secret} ${letter}</p>` }],
          },
        })),
      },
    },
  });
}

beforeAll(async () => {
  await db.exam.create({
    data: {
      id: exam,
      code: "IT",
      titleJa: "結合テスト",
      titleEn: "Integration",
      questionCount: 3,
      minutes: 10,
      extensionMinutes: 0,
      passingScore: 700,
      domains: {
        create: [
          { id: `${exam}:one`, slug: "one", titleJa: "一", titleEn: "One", weight: 60, position: 0 },
          { id: `${exam}:two`, slug: "two", titleJa: "二", titleEn: "Two", weight: 40, position: 1 },
        ],
      },
    },
  });
  await createQuestion("itb-0001", "one", { hasEnglish: true });
  await createQuestion("itb-0002", "one");
  await createQuestion("itb-0003", "two");
  await createQuestion("itb-0004", "two", { isRetired: true });
});

afterAll(async () => {
  await db.question.deleteMany({ where: { examId: exam } });
  await db.exam.delete({ where: { id: exam } });
});

describe("listExams", () => {
  it("counts live questions per exam and domain, leaving retired ones out", async () => {
    const found = (await listExams("ja")).find((entry) => entry.id === exam);
    expect(found?.questionCount).toBe(3);
    expect(found?.domains.map((domain) => [domain.slug, domain.questionCount, domain.title])).toEqual([
      ["one", 2, "一"],
      ["two", 1, "二"],
    ]);
    expect((await listExams("en")).find((entry) => entry.id === exam)?.title).toBe("Integration");
  });
});

describe("findPublicQuestion", () => {
  it("serves the stem and choices without the key or any explanation", async () => {
    const question = await findPublicQuestion("itb-0001", "ja");
    expect(question?.choices.map((choice) => choice.letter)).toEqual(["A", "B", "C", "D"]);
    const json = JSON.stringify(question);
    expect(json).not.toContain(secret);
    expect(json).not.toMatch(/isCorrect|correct/i);
  });

  it("shows English when it exists and falls back to Japanese otherwise", async () => {
    expect((await findPublicQuestion("itb-0001", "en"))?.stemHtml).toBe("<p>Q itb-0001</p>");
    const fallback = await findPublicQuestion("itb-0002", "en");
    expect(fallback?.lang).toBe("ja");
    expect(fallback?.stemHtml).toBe("<p>問 itb-0002</p>");
  });

  it("does not serve retired or unknown questions", async () => {
    expect(await findPublicQuestion("itb-0004", "ja")).toBeNull();
    expect(await findPublicQuestion("nope-0000", "ja")).toBeNull();
  });
});
