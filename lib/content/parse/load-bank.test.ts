import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCheckedBank } from "../check/check-bank";
import { loadBank } from "./load-bank";
import { formatProblem } from "./problem";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

describe("loadBank", () => {
  it("reads exams and questions, attaching each translation to its Japanese file", async () => {
    const dir = path.join(import.meta.dirname, "../__fixtures__/valid");
    const bank = await loadBank(dir, { repoRoot });
    expect(bank.problems).toEqual([]);
    expect(bank.fileCount).toBe(5);
    expect(bank.exams.map((exam) => [exam.folder, exam.file, exam.definition.domains.length])).toEqual([
      ["saa-c03", "lib/content/__fixtures__/valid/saa-c03/exam.yaml", 2],
    ]);
    expect(bank.questions.map((question) => [question.id, question.primary.file, question.translations.map((t) => t.file)])).toEqual([
      ["saa-0001", "lib/content/__fixtures__/valid/saa-c03/saa-0001.md", ["lib/content/__fixtures__/valid/saa-c03/saa-0001.en.md"]],
      ["saa-0002", "lib/content/__fixtures__/valid/saa-c03/saa-0002.md", ["lib/content/__fixtures__/valid/saa-c03/saa-0002.en.md"]],
    ]);
  });

  it("reports progress for every file", async () => {
    const calls: string[] = [];
    await loadBank(path.join(import.meta.dirname, "../__fixtures__/valid"), { onProgress: (done, total) => calls.push(`${done}/${total}`) });
    expect(calls).toEqual(["1/5", "2/5", "3/5", "4/5", "5/5"]);
  });
});

// House style habit 5: every real question file goes through the app's own loader and checker (the simulator and the
// item-writing rules included). Variants: 20 per question here; content:check samples the full 200.
describe("the question banks in content/", () => {
  // The whole bank (550 questions, their scenarios and sampled variants) takes 25–60 s on 2 cores while other test
  // files run beside it; the limit only stops a hang.
  it("load with no problem", { timeout: 180_000 }, async () => {
    const bank = await loadCheckedBank(path.join(repoRoot, "content"), {
      repoRoot,
      isTranslationRequired: true,
      variantSample: 20,
    });
    expect(bank.problems.map(formatProblem)).toEqual([]);
    expect(bank.exams.map((exam) => exam.folder).sort()).toEqual(["network-basics", "saa-c03"]);
    expect(bank.questions.length).toBeGreaterThan(0);
  });
});
