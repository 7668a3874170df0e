import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkRules } from "./check-rules";
import type { ExamDefinition } from "../parse/exam-schema";
import type { LoadedExam } from "../parse/load-bank";
import { parseQuestion, type PrimaryQuestionFile, type TranslationFile } from "../parse/parse-question";
import { formatProblem } from "../parse/problem";

// The stem rules on variations of the valid fixture's saa-0002 (the fixtures in check-bank.test.ts cover each message).
const dir = path.join(import.meta.dirname, "../__fixtures__/valid/saa-c03");
const ja = readFileSync(path.join(dir, "saa-0002.md"), "utf8");
const en = readFileSync(path.join(dir, "saa-0002.en.md"), "utf8");
const jaStem = "ある企業は、めったに読まれないものの、読むときにはミリ秒で取り出す必要があるデータを保存しています。\nこれらの要件を満たす最もコスト効率が高いストレージはどれですか。";
const enStem = "A company stores data that is rarely read but must be retrieved in milliseconds when it is read. Which storage option\nwill meet these requirements MOST cost-effectively?";
const definition: ExamDefinition = {
  id: "saa-c03",
  code: "SAA-C03",
  title: { ja: "試験", en: "Exam" },
  questionCount: 65,
  minutes: 130,
  extensionMinutes: 30,
  passingScore: 720,
  domains: [{ id: "cost", weight: 100, title: { ja: "コスト", en: "Cost" } }],
  tasks: [{ id: "4.1", domain: "cost", title: { ja: "a", en: "a" } }],
};
const exams: LoadedExam[] = [{ folder: "saa-c03", file: "saa-c03/exam.yaml", definition, idPosition: { line: 2, column: 5 } }];

function problemsWith(stems: { ja?: string; en?: string }, rules?: ExamDefinition["rules"]): string[] {
  const primary = parseQuestion("saa-c03/saa-0002.md", ja.replace(jaStem, stems.ja ?? jaStem)).question as PrimaryQuestionFile;
  const translation = parseQuestion("saa-c03/saa-0002.en.md", en.replace(enStem, stems.en ?? enStem)).question as TranslationFile;
  const questions = [{ id: "saa-0002", folder: "saa-c03", primary, translations: [translation] }];
  const examsWithRules = exams.map((exam) => ({ ...exam, definition: { ...exam.definition, ...(rules ? { rules } : {}) } }));
  return checkRules({ exams: examsWithRules, questions }, { today: "2026-11-30" }).map(formatProblem);
}

describe("the stem rules", () => {
  it("accept the fixture as it is", () => {
    expect(problemsWith({})).toEqual([]);
  });

  it("take the question sentence before data listed after it", () => {
    const stem = "ある企業は、次のデータを保存しています。\n要件を満たす最もコスト効率が高いストレージはどれですか。\n\n- ログ (1 日 1 GB)\n- 監査用の記録";
    expect(problemsWith({ ja: stem })).toEqual([]);
  });

  it("read a sentence broken across lines, and a question inside the stem that is polite", () => {
    const stem = "ある企業は、データを保存しています。どうすればよいですか。\nこれらの要件を満たす最もコスト\n効率が高いストレージはどれですか。";
    expect(problemsWith({ ja: stem })).toEqual([]);
  });

  it("look past a link and a parenthesis at the end of a sentence", () => {
    const stem = "ある企業は、データを保存しています ([S3](https://aws.amazon.com/s3/) (標準))。\n最もコスト効率が高いストレージはどれですか。";
    expect(problemsWith({ ja: stem })).toEqual([]);
  });

  it("accept the upper-case qualifier inside a longer word of the real exam (MOST cost-effectively)", () => {
    expect(problemsWith({ en: "A company stores data. Which solution will meet these requirements MOST cost-effectively?" })).toEqual([]);
  });

  it("count two superlatives in English", () => {
    const stem = "A company stores data. Which solution offers the HIGHEST availability and is the MOST cost-effective?";
    expect(problemsWith({ en: stem })).toEqual([
      'saa-c03/saa-0002.en.md:9:82  a second superlative ("MOST cost-effective?…"): a stem has exactly one qualifier',
    ]);
  });

  it("accept the required-steps form only without a superlative", () => {
    const stem = "ある企業は、データを保存しています。最も必要な手順はどれですか。";
    expect(problemsWith({ ja: stem })).toContain(
      'saa-c03/saa-0002.md:17:19  the required-steps form ("必要な手順はどれですか") takes no superlative: remove "最も"',
    );
  });

  it("skip data listed in the stem, where a noun phrase or a plain-form note is normal", () => {
    const stem = "ある企業は、次の機器を運用しています。\n\n- サーバー A: 多数のポートで着信を受ける。\n- サーバー B\n\n最もコスト効率が高い構成はどれですか。";
    expect(problemsWith({ ja: stem })).toEqual([]);
  });

  it("hold an exam without the qualifier rule to one superlative, from any wording", () => {
    const optional = { qualifier: "optional", task: "required", awsReference: "required" } as const;
    expect(problemsWith({ ja: "ある企業は、データを保存しています。最も可能性の高い原因はどれですか。", en: "A company stores data. What is the MOST likely cause?" }, optional)).toEqual([]);
    expect(problemsWith({ ja: "ある企業は、データを保存しています。原因はどれですか。", en: "A company stores data. What is the cause?" }, optional)).toEqual([]);
    expect(problemsWith({ ja: "最も安く、最も速い方法はどれですか。" }, optional)).toEqual([
      'saa-c03/saa-0002.md:17:6  a second superlative ("最も速い方法はどれですか。…"): a stem has exactly one qualifier',
    ]);
  });
});
