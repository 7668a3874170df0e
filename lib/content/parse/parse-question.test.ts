import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findChooseHintProblem, parseQuestion } from "./parse-question";

const validDir = path.join(import.meta.dirname, "../__fixtures__/valid/saa-c03");
const source = readFileSync(path.join(validDir, "saa-0001.md"), "utf8");

function parse(text: string, file = "content/saa-c03/saa-0001.md") {
  return parseQuestion(file, text);
}

describe("parseQuestion", () => {
  it("reads the front matter, the stem, the choices with their key, and the explanation", () => {
    const { question, problems } = parse(source);
    expect(problems).toEqual([]);
    expect(question?.frontMatter).toMatchObject({ id: "saa-0001", domain: "secure", task: "1.2", choose: 2, topics: ["vpc", "security-group"] });
    expect(question?.stemHtml).toBe("<p>ある企業が、パブリックサブネットの EC2 インスタンスで Web サーバーを運用しています。インターネットから HTTP で接続できるようにする必要があります。必要な設定はどれですか。(2 つ選択)</p>");
    expect(question?.choices.map((choice) => `${choice.letter}${choice.isCorrect ? "x" : "-"}`)).toEqual(["Ax", "B-", "Cx", "D-", "E-"]);
    expect(question?.choices[0]).toMatchObject({
      html: "<p>セキュリティグループに TCP 80 のインバウンドルールを追加する</p>",
      explanationHtml: "<p>正解。新しいセキュリティグループは受信をすべて拒否します。</p>",
      text: "セキュリティグループに TCP 80 のインバウンドルールを追加する",
      position: { line: 22, column: 1 },
    });
    expect(question?.explanationHtml).toContain("<table>");
    expect(question?.explanationHtml).toContain('<code class="language-bash">');
  });

  it("takes the key from the task-list syntax tree, not from text that looks like a mark", () => {
    const tricky = source
      .replace("- [ ] NAT ゲートウェイを作成する", "- [ ] NAT ゲートウェイを作成する - [x] ではない")
      .replace("  不要。NAT ゲートウェイは送信専用です。", "  不要。\n\n  - [x] indented text is part of the explanation");
    const { question, problems } = parse(tricky);
    expect(problems).toEqual([]);
    expect(question?.choices.filter((choice) => choice.isCorrect).map((choice) => choice.letter)).toEqual(["A", "C"]);
  });

  it("keeps the scenario block out of the explanation and remembers where its YAML starts", () => {
    const withScenario = `${source}\n## シナリオ\n\n\`\`\`netsim\ngoals: []\nchoices: {}\n\`\`\`\n`;
    const { question, problems } = parse(withScenario);
    expect(problems).toEqual([]);
    expect(question?.explanationHtml).not.toContain("goals");
    const fenceLine = withScenario.split("\n").indexOf("```netsim") + 1;
    expect(question?.scenario).toEqual({ source: "goals: []\nchoices: {}", firstLine: fenceLine + 1, position: { line: fenceLine, column: 1 } });
  });

  it("rejects a scenario in a translation: it is read from the Japanese file", () => {
    const en = readFileSync(path.join(validDir, "saa-0001.en.md"), "utf8");
    const { problems } = parse(`${en}\n## Scenario\n\n\`\`\`netsim\ngoals: []\n\`\`\`\n`, "content/saa-c03/saa-0001.en.md");
    expect(problems.map((problem) => problem.message)).toEqual(["translations do not repeat the scenario: it is read from the Japanese file"]);
  });

  it("maps front matter errors to file lines, pointing at the offending value", () => {
    const broken = source.replace("difficulty: medium", "difficulty: extreme").replace("  - title: セキュリティグループ\n", "  - title: x\n").replace("url: https", "url: ");
    const { question, problems } = parse(broken.replace(/url: .*/, "url: \"\""));
    expect(question).toBeNull();
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      "9:13 `difficulty`: difficulty is easy, medium or hard",
      "14:10 `references[0].url`: a reference needs a url",
    ]);
  });

  it("reports a file without front matter at its first line", () => {
    const { question, problems } = parse("# just markdown\n");
    expect(question).toBeNull();
    expect(problems).toEqual([{ file: "content/saa-c03/saa-0001.md", line: 1, column: 1, message: "missing front matter: start the file with a --- block" }]);
  });

  it("requires 4 to 6 choices, and 5 for a multiple-answer question", () => {
    const fourChoices = source.replace(/- \[ \] ネットワーク ACL を削除する\n\n.*\n/, "");
    const { problems } = parse(fourChoices);
    expect(problems.map((problem) => problem.message)).toEqual(["a multiple-answer question has at least 5 choices, found 4"]);
  });

  it("names unknown and repeated sections", () => {
    const { problems } = parse(source.replace("## 解説", "## 説明"));
    expect(problems.map((problem) => `${problem.line} ${problem.message}`)).toEqual([
      '16 missing 解説: write "## 解説" with the concept behind the question',
      '42 unknown section "## 説明": use ## 選択肢, ## 解説 or ## シナリオ',
    ]);
  });
});

describe("findChooseHintProblem", () => {
  it("accepts a stem whose hint agrees with choose, in either language", () => {
    expect(findChooseHintProblem("ja", 2, "どれか。(2 つ選択)")).toBeNull();
    expect(findChooseHintProblem("ja", 3, "どれか。（3つ選択）")).toBeNull();
    expect(findChooseHintProblem("en", 3, "Which? (Choose three.)")).toBeNull();
    expect(findChooseHintProblem("en", 1, "Which one?")).toBeNull();
  });

  it("asks for a missing hint and names a wrong one", () => {
    expect(findChooseHintProblem("en", 2, "Which?")).toBe("a multiple-answer stem says how many to choose: end it with (Choose two.)");
    expect(findChooseHintProblem("ja", 2, "どれか。(3 つ選択)")).toBe("the stem says to choose 3 but choose is 2: write (2 つ選択)");
  });
});
