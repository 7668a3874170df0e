import { describe, expect, it } from "vitest";
import type { ExamDefinition } from "../parse/exam-schema";
import type { BankQuestion, LoadedExam } from "../parse/load-bank";
import { parseQuestion, type PrimaryQuestionFile, type TranslationFile } from "../parse/parse-question";
import { computeStats, formatStats, isKeyLongest, isPlumbing } from "./stats";

const exam: ExamDefinition = {
  id: "saa-c03",
  code: "SAA-C03",
  title: { ja: "試験", en: "Exam" },
  questionCount: 65,
  minutes: 130,
  extensionMinutes: 30,
  passingScore: 720,
  domains: [
    { id: "secure", weight: 60, title: { ja: "セキュア", en: "Secure" }, target: 2 },
    { id: "cost", weight: 40, title: { ja: "コスト", en: "Cost" }, target: 3 },
  ],
  tasks: [
    { id: "1.2", domain: "secure", minimum: 1, title: { ja: "a", en: "a" } },
    { id: "4.1", domain: "cost", minimum: 2, title: { ja: "b", en: "b" } },
  ],
  targets: { total: 5, multipleResponse: { min: 15, max: 20 }, keyLongestMax: 30, plumbingMax: 10 },
  plumbing: { topics: ["security-group", "network-acl"], keyPattern: "ルール|許可" },
  serviceFamilies: [
    { name: "Amazon S3", topics: ["s3"] },
    { name: "Amazon VPC", topics: ["vpc", "security-group"] },
    { name: "Amazon Athena", topics: ["athena"] },
    {
      name: "AWS Audit Manager",
      topics: ["audit-manager"],
      notKeyable: {
        reason: "closed to new customers",
        source: "https://docs.aws.amazon.com/audit-manager/latest/userguide/audit-manager-availability-change.html",
        since: "2026-04-30",
      },
    },
  ],
};
const exams: LoadedExam[] = [{ folder: "saa-c03", file: "content/saa-c03/exam.yaml", definition: exam, idPosition: { line: 2, column: 5 } }];

interface Spec {
  id: string;
  domain?: string;
  task?: string;
  topics?: string[];
  fact?: string;
  /** The choices' texts; the ones starting with "*" are the key. */
  choices: string[];
  isTranslated?: boolean;
  folder?: string;
}

function question(spec: Spec): BankQuestion {
  const key = spec.choices.filter((choice) => choice.startsWith("*"));
  const frontMatter = [
    `id: ${spec.id}`,
    `exam: ${spec.folder ?? "saa-c03"}`,
    `domain: ${spec.domain ?? "secure"}`,
    ...(spec.task ? [`task: "${spec.task}"`] : []),
    ...(spec.fact ? [`fact: ${spec.fact}`] : []),
    `topics: [${(spec.topics ?? ["s3"]).join(", ")}]`,
    "difficulty: easy",
    `choose: ${key.length}`,
  ];
  const body = (lang: "ja" | "en") =>
    [
      "---",
      ...frontMatter,
      `lang: ${lang}`,
      ...(lang === "ja" ? ["references:", "  - { title: t, url: https://docs.aws.amazon.com/ }"] : []),
      "---",
      "",
      key.length > 1 ? `問い。(${key.length} つ選択) (Choose two.)` : "問い。",
      "",
      lang === "ja" ? "## 選択肢" : "## Choices",
      "",
      ...spec.choices.flatMap((choice) => [`- [${choice.startsWith("*") ? "x" : " "}] ${choice.replace(/^\*/, "")}`, "", "  理由。", ""]),
      lang === "ja" ? "## 解説" : "## Explanation",
      "",
      "概念。",
      "",
    ].join("\n");
  const primary = parseQuestion(`content/saa-c03/${spec.id}.md`, body("ja")).question as PrimaryQuestionFile;
  const translations = spec.isTranslated === false ? [] : [parseQuestion(`content/saa-c03/${spec.id}.en.md`, body("en")).question as TranslationFile];
  expect(primary).not.toBeNull();
  return { id: spec.id, folder: spec.folder ?? "saa-c03", primary, translations };
}

describe("isKeyLongest", () => {
  it("counts a single-answer key at least as long as every distractor, ties included", () => {
    expect(isKeyLongest(question({ id: "saa-0001", choices: ["*長い長い正解", "短い", "短い", "短い"] }))).toBe(true);
    expect(isKeyLongest(question({ id: "saa-0002", choices: ["*同じ長さ", "同じ長さ", "短", "短"] }))).toBe(true);
    expect(isKeyLongest(question({ id: "saa-0003", choices: ["*短い", "もっと長い誤答", "短", "短"] }))).toBe(false);
  });

  it("never counts a multiple-response question", () => {
    expect(isKeyLongest(question({ id: "saa-0004", choices: ["*長い長い正解", "*長い長い正解二", "短", "短", "短"] }))).toBe(false);
  });
});

describe("isPlumbing", () => {
  const plumbing = { topics: ["security-group", "network-acl"], keyPattern: "ルール|許可" };
  it("needs both a plumbing topic and a key that edits a rule", () => {
    expect(isPlumbing(question({ id: "saa-0001", topics: ["security-group"], choices: ["*インバウンドルールを追加する", "a", "b", "c"] }), plumbing)).toBe(true);
    expect(isPlumbing(question({ id: "saa-0002", topics: ["security-group"], choices: ["*ALB を使う", "ルールを追加する", "b", "c"] }), plumbing)).toBe(false);
    expect(isPlumbing(question({ id: "saa-0003", topics: ["s3"], choices: ["*バケットポリシーで許可する", "a", "b", "c"] }), plumbing)).toBe(false);
  });
});

describe("computeStats", () => {
  const questions = [
    question({ id: "saa-0001", task: "1.2", topics: ["security-group"], fact: "f-1", choices: ["*ルールを追加する", "a", "b", "c"] }),
    question({ id: "saa-0002", task: "1.2", fact: "f-1", choices: ["短", "*長い正解です", "b", "c"] }),
    question({ id: "saa-0003", domain: "cost", task: "4.1", fact: "f-1", choices: ["とても長い誤答です", "a", "*短い正解", "c"], isTranslated: false }),
    question({ id: "saa-0004", domain: "cost", fact: "f-2", choices: ["*a", "*b", "c", "d", "e"] }),
    question({ id: "net-0001", folder: "network-basics", fact: "f-1", choices: ["*a", "b", "c", "d"] }),
  ];
  const stats = computeStats({ exams, questions });
  const saa = stats.exams[0];

  it("counts domains and tasks against the targets in exam.yaml, listing questions without a task", () => {
    expect(saa?.total).toBe(4);
    expect(saa?.domains).toEqual([
      { id: "secure", count: 2, target: 2 },
      { id: "cost", count: 2, target: 3 },
    ]);
    expect(saa?.tasks).toEqual([
      { id: "1.2", count: 2, target: 1 },
      { id: "4.1", count: 1, target: 2 },
    ]);
    expect(saa?.untagged).toEqual(["saa-0004"]);
  });

  it("measures multiple response, key-is-longest, plumbing, English and key letters", () => {
    expect(saa?.multipleResponse).toMatchObject({ count: 1, of: 4, percent: 25, min: 15, max: 20 });
    expect(saa?.keyLongest).toMatchObject({ count: 2, of: 3, max: 30 });
    expect(saa?.plumbing).toMatchObject({ count: 1, of: 4, ids: ["saa-0001"], max: 10 });
    expect(saa?.withoutEnglish).toEqual(["saa-0003"]);
    expect(saa?.keyLetters).toEqual([
      { letter: "A", count: 1 },
      { letter: "B", count: 1 },
      { letter: "C", count: 1 },
      { letter: "D", count: 0 },
    ]);
    expect(saa?.isKeyLetterBalanced).toBe(false);
    // Audit Manager is in no key either, but AWS closed it to new customers: listed apart, not counted as missing.
    expect(saa?.familiesNeverInKey).toEqual({
      missing: ["Amazon Athena"],
      of: 3,
      notKeyable: [
        {
          name: "AWS Audit Manager",
          reason: "closed to new customers",
          source: "https://docs.aws.amazon.com/audit-manager/latest/userguide/audit-manager-availability-change.html",
          since: "2026-04-30",
          keyedIn: [],
        },
      ],
    });
    // "問い。" is 3 characters: every test stem is short.
    expect(saa?.stemsOutsideLength.map(({ id }) => id)).toEqual(["saa-0001", "saa-0002", "saa-0003", "saa-0004"]);
    expect(saa?.stemsOutsideLength[0]?.length).toBe(3);
  });

  it("finds facts with more than two questions across all banks", () => {
    expect(stats.overusedFacts).toEqual([{ fact: "f-1", ids: ["net-0001", "saa-0001", "saa-0002", "saa-0003"] }]);
  });

  it("prints a table with ✓ and ✗ against each target", () => {
    const text = formatStats(stats);
    expect(text).toContain("saa-c03 (SAA-C03): 4 questions  target 5  ✗");
    expect(text).toMatch(/^ {2}secure +2 +2 {2}✓$/m);
    expect(text).toMatch(/^ {2}cost +2 +3 {2}✗$/m);
    expect(text).toMatch(/^ {2}4\.1 +1 +≥2 {2}✗$/m);
    expect(text).toMatch(/^ {2}multiple response +1 \/ 4 +25\.0 % +15–20 % {2}✗$/m);
    expect(text).toMatch(/^ {2}key is longest \(single answer\) +2 \/ 3 +66\.7 % +≤ 30 % {2}✗$/m);
    expect(text).toMatch(/^ {2}plumbing +1 \/ 4 +25\.0 % +≤ 10 % {2}✗$/m);
    expect(text).toContain("key letters (single answer): A 1 · B 1 · C 1 · D 0  target 25 ± 10 % each  ✗");
    expect(text).toContain("never in a key: Amazon Athena\n");
    expect(text).toMatch(/^ {2}service families never in a key +1 \/ 3 +0 {2}✗$/m);
    expect(text).toContain(
      "  not keyable: AWS Audit Manager: closed to new customers (https://docs.aws.amazon.com/audit-manager/latest/userguide/audit-manager-availability-change.html, since 2026-04-30)",
    );
    expect(text).toMatch(/^ {2}stems outside 150–300 characters \(ja\) +4 \/ 4 +about$/m);
    expect(text).toContain("facts with more than two questions (all banks): 1 ✗\n  f-1: net-0001, saa-0001, saa-0002, saa-0003");
  });

  it("names the questions that still key a family closed to new customers", () => {
    const keyed = question({ id: "saa-0005", topics: ["audit-manager"], choices: ["*a", "b", "c", "d"] });
    const withKeyed = computeStats({ exams, questions: [...questions, keyed] }).exams[0];
    expect(withKeyed?.familiesNeverInKey?.notKeyable[0]?.keyedIn).toEqual(["saa-0005"]);
    expect(withKeyed?.familiesNeverInKey?.missing).toEqual(["Amazon Athena"]);
    expect(formatStats(computeStats({ exams, questions: [keyed] }))).toMatch(/not keyable: AWS Audit Manager: .* ✗ still in a key: saa-0005$/m);
  });

  it("marks a target that is met with ✓", () => {
    const text = formatStats(computeStats({ exams, questions: [questions[1] as BankQuestion] }));
    expect(text).toMatch(/^ {2}plumbing +0 \/ 1 +0\.0 % +≤ 10 % {2}✓$/m);
    expect(text).toMatch(/^ {2}without English +0 +0 {2}✓$/m);
    expect(text).toContain("facts with more than two questions (all banks): none ✓");
  });
});
