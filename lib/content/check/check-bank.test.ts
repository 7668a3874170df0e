import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadCheckedBank } from "./check-bank";
import { formatProblem } from "../parse/problem";

// The simulator is another module's job: here it only has to be called the way its contract says.
const netsim = vi.hoisted(() => ({
  parseScenario: vi.fn(),
  analyzeChoices: vi.fn(),
}));
vi.mock("../../netsim/authoring", () => netsim);

const fixtures = path.join(import.meta.dirname, "../__fixtures__");

async function problemsOf(dir: string, options: { isTranslationRequired?: boolean } = {}): Promise<string[]> {
  const bank = await loadCheckedBank(path.join(fixtures, dir), { repoRoot: path.join(fixtures, dir), today: "2026-11-30", ...options });
  return bank.problems.map(formatProblem);
}

// The format fixtures predate the item-writing rules (their stems are not written to them): only the format problems.
async function formatProblemsOf(dir: string): Promise<string[]> {
  const bank = await loadCheckedBank(path.join(fixtures, dir), { repoRoot: path.join(fixtures, dir), today: "2026-11-30" });
  return bank.problems.filter((problem) => problem.kind !== "rule").map(formatProblem);
}

describe("checking a bank", () => {
  beforeEach(() => {
    netsim.parseScenario.mockReset();
    netsim.analyzeChoices.mockReset();
  });

  it("finds no problem in a valid bank", async () => {
    expect(await problemsOf("valid")).toEqual([]);
  });

  // One fixture per kind of mistake: each must be reported once, at the place an author has to edit.
  it.each([
    ["missing-key", 'saa-c03/saa-0002.md:18:1  no choice is marked correct: mark the key with "- [x]"'],
    ["choose-mismatch", 'saa-c03/saa-0001.md:9:9  choose: 3 but 2 choices are marked "- [x]" (A, C)'],
    ["choose-hint", "saa-c03/saa-0001.md:9:9  a multiple-answer stem says how many to choose: end it with (2 つ選択)"],
    ["duplicate-id", "saa-c03/saa-0002.md:2:5  duplicate id saa-0002: already used by saa-c03/more/saa-0002.md"],
    ["unexplained-choice", "saa-c03/saa-0002.md:26:1  choice C has no explanation:"],
    ["bad-link", 'saa-c03/saa-0002.md:11:10  bad link "http://example.com/s3-classes": only https:// links are allowed'],
    ["missing-field", "saa-c03/saa-0002.md:2:1  missing field `difficulty`"],
    ["yaml-syntax", "saa-c03/saa-0002.md:6:1  YAML syntax error:"],
    ["unknown-domain", 'saa-c03/saa-0002.md:4:9  domain "costs" is not a domain of saa-c03 (secure, cost;'],
    ["exam-mismatch", 'saa-c03/saa-0002.md:3:7  exam "network-basics" differs from the exam folder the file is in ("saa-c03")'],
    ["not-task-list", 'saa-c03/saa-0002.md:30:1  choice D is not a task-list item: start it with "- [ ]" or "- [x]"'],
    ["missing-explanation", 'saa-c03/saa-0002.md:13:1  missing 解説: write "## 解説"'],
    ["orphan-translation", "saa-c03/saa-0003.en.md:2:5  translation of saa-0003 has no Japanese file with that id"],
    ["file-name", "saa-c03/saa-0009.md:2:5  id saa-0002 does not match the file name: name the file saa-0002.md"],
    ["missing-exam", 'saa-c03/saa-0002.md:1:1  the exam folder "saa-c03" has no exam.yaml'],
  ])("reports %s with its file, line and column", async (kind, expected) => {
    const problems = await formatProblemsOf(`broken/${kind}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.startsWith(expected)).toBe(true);
  });

  it("reports a typo in a front matter key at the key, along with the field it leaves missing", async () => {
    expect(await formatProblemsOf("broken/unknown-field")).toEqual([
      "saa-c03/saa-0002.md:2:1  missing field `topics`",
      "saa-c03/saa-0002.md:5:1  unknown field `topic`",
    ]);
  });

  it("reports each choice whose mark differs between the translation and the Japanese file", async () => {
    const problems = await formatProblemsOf("broken/translation-mismatch");
    expect(problems).toEqual([
      "saa-c03/saa-0001.en.md:21:1  translation differs from saa-c03/saa-0001.md: choice C is [ ] here but [x] in the Japanese file",
      "saa-c03/saa-0001.en.md:25:1  translation differs from saa-c03/saa-0001.md: choice D is [x] here but [ ] in the Japanese file",
    ]);
  });

  it("tells the author to indent an explanation written flush under the list", async () => {
    const problems = await formatProblemsOf("broken/unindented-explanation");
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^saa-c03\/saa-0002\.md:30:1 {2}choice D has no explanation/);
    expect(problems[1]).toMatch(/^saa-c03\/saa-0002\.md:32:1 {2}only one task list .*indent a choice's explanation/);
  });

  // The item-writing rules: each fixture is the valid bank with one mistake, reported once, where the author edits.
  it.each([
    ["missing-task", 'saa-c03/saa-0002.md:2:1  missing field `task`: the exam guide\'s task statement the stem\'s requirement tests, e.g. task: "1.2"'],
    ["unknown-task", 'saa-c03/saa-0002.md:5:7  task "5.1" is not a task statement of saa-c03 (1.2, 4.1; see saa-c03/exam.yaml)'],
    ["task-domain", 'saa-c03/saa-0002.md:5:7  task 1.2 belongs to domain "secure" but the question\'s domain is "cost"'],
    ["missing-verified", "saa-c03/saa-0002.md:2:1  missing field `verified`: the date the facts were checked"],
    ["bad-verified", "saa-c03/saa-0002.md:6:11  verified 2026-02-30 is not a date: write YYYY-MM-DD"],
    ["future-verified", "saa-c03/saa-0002.md:6:11  verified 2999-01-01 is in the future (today is 2026-11-30)"],
    ["no-aws-reference", "saa-c03/saa-0002.md:12:1  no AWS documentation reference: cite at least one page on docs.aws.amazon.com or aws.amazon.com"],
    ["bad-fact", 'saa-c03/saa-0002.md:7:7  fact "S3 Standard-IA for rare reads" is not one lowercase kebab-case tag'],
    ["missing-fact", "saa-c03/saa-0002.md:2:1  missing field `fact`: one kebab-case tag naming the atomic fact the key rests on"],
    [
      "fact-overuse",
      'saa-c03/saa-0003.md:7:7  fact "s3-standard-ia-for-rare-millisecond-reads" is shared by 3 questions (saa-0001, saa-0002, saa-0003): at most two',
    ],
    ["no-qualifier", "saa-c03/saa-0002.md:18:1  no qualifier in the stem: write exactly one of 「運用上のオーバーヘッドが最も少ない」, 「最もコスト効率が高い」"],
    ["two-qualifiers", 'saa-c03/saa-0002.md:18:10  a second superlative ("最もコスト効率が高いストレー…"): a stem has exactly one qualifier'],
    ["unlisted-qualifier", 'saa-c03/saa-0002.md:18:11  "最も適切なストレージはどれで…" is not a listed qualifier: write exactly one of'],
    ["en-qualifier", 'saa-c03/saa-0002.en.md:10:8  "MOST appropriate?…" is not a listed qualifier: write exactly one of "LEAST operational overhead"'],
    ["en-lower-case-qualifier", 'saa-c03/saa-0002.en.md:10:8  write the qualifier in upper case as the exam does: "MOST cost-effective"'],
    ["steps-single-answer", "saa-c03/saa-0002.md:18:1  the required-steps form is for multiple-response questions"],
    ["plain-question", 'saa-c03/saa-0002.md:18:30  the question sentence ends "…レージはどれか。": end it in です・ます with 「ですか。」 or 「ますか。」'],
    ["plain-sentence", 'saa-c03/saa-0002.md:17:48  not です・ます: the sentence ends "…タを保存している。"'],
    ["plain-explanation", 'saa-c03/saa-0002.md:28:86  not です・ます: the explanation sentence ends "…リ秒で取り出せる。"'],
    ["label-contradicts-mark", 'saa-c03/saa-0002.md:22:1  choice A is marked [ ] but its explanation starts "正解": the mark or the explanation is wrong'],
    ["unlabeled-explanation", 'saa-c03/saa-0002.en.md:14:1  choice A: start its explanation with "Correct." or "Incorrect."'],
    ["term-variant", "saa-c03/saa-0002.md:28:19  term: write 「レイテンシー」, not 「レイテンシ」"],
    ["missing-english", "saa-c03/saa-0002.md:2:5  warning: no English translation: add saa-0002.en.md"],
  ])("enforces the rule %s with its file, line and column", async (kind, expected) => {
    const problems = await problemsOf(`broken/${kind}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.startsWith(expected), problems[0]).toBe(true);
  });

  it("requires the English file in CI: the same problem is an error then", async () => {
    const problems = await problemsOf("broken/missing-english", { isTranslationRequired: true });
    expect(problems).toEqual([
      "saa-c03/saa-0002.md:2:5  no English translation: add saa-0002.en.md (same id, exam, domain, choose, choices and [x] marks; lang: en)",
    ]);
  });

  it("counts the choices by the number to choose, in every language", async () => {
    expect(await problemsOf("broken/choice-count")).toEqual([
      "saa-c03/saa-0002.en.md:14:1  a single-answer question has 4 choices, found 5",
      "saa-c03/saa-0002.md:22:1  a single-answer question has 4 choices, found 5",
    ]);
  });

  it("applies only the rules an exam.yaml asks for (network-basics: no qualifier, no task, RFC sources)", async () => {
    expect(await problemsOf("rules-optional")).toEqual([]);
    const bank = await loadCheckedBank(path.join(fixtures, "rules-optional"), { repoRoot: fixtures });
    expect(bank.exams[0]?.definition.rules).toEqual({ qualifier: "optional", task: "optional", awsReference: "optional" });
  });

  it("never calls the simulator for a bank without scenarios", async () => {
    await problemsOf("valid");
    expect(netsim.parseScenario).not.toHaveBeenCalled();
  });
});
