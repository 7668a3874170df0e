import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadCheckedBank } from "./check-bank";
import { formatProblem } from "./problem";

// The simulator is another module's job: here it only has to be called the way its contract says.
const netsim = vi.hoisted(() => ({
  parseScenario: vi.fn(),
  analyzeChoices: vi.fn(),
}));
vi.mock("../netsim/authoring", () => netsim);

const fixtures = path.join(import.meta.dirname, "__fixtures__");

async function problemsOf(dir: string): Promise<string[]> {
  const bank = await loadCheckedBank(path.join(fixtures, dir), { repoRoot: path.join(fixtures, dir) });
  return bank.problems.map(formatProblem);
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
    const problems = await problemsOf(`broken/${kind}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.startsWith(expected)).toBe(true);
  });

  it("reports a typo in a front matter key at the key, along with the field it leaves missing", async () => {
    expect(await problemsOf("broken/unknown-field")).toEqual([
      "saa-c03/saa-0002.md:2:1  missing field `topics`",
      "saa-c03/saa-0002.md:5:1  unknown field `topic`",
    ]);
  });

  it("reports each choice whose mark differs between the translation and the Japanese file", async () => {
    const problems = await problemsOf("broken/translation-mismatch");
    expect(problems).toEqual([
      "saa-c03/saa-0001.en.md:21:1  translation differs from saa-c03/saa-0001.md: choice C is [ ] here but [x] in the Japanese file",
      "saa-c03/saa-0001.en.md:25:1  translation differs from saa-c03/saa-0001.md: choice D is [x] here but [ ] in the Japanese file",
    ]);
  });

  it("tells the author to indent an explanation written flush under the list", async () => {
    const problems = await problemsOf("broken/unindented-explanation");
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^saa-c03\/saa-0002\.md:30:1 {2}choice D has no explanation/);
    expect(problems[1]).toMatch(/^saa-c03\/saa-0002\.md:32:1 {2}only one task list .*indent a choice's explanation/);
  });

  it("never calls the simulator for a bank without scenarios", async () => {
    await problemsOf("valid");
    expect(netsim.parseScenario).not.toHaveBeenCalled();
  });
});
