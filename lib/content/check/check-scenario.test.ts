import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkBank } from "./check-bank";
import type { BankQuestion } from "../parse/load-bank";
import { parseQuestion } from "../parse/parse-question";
import { formatProblem } from "../parse/problem";

// The simulator's verdicts are its own module's business (and tests): here they are whatever each test needs.
const netsim = vi.hoisted(() => ({ parseScenario: vi.fn(), analyzeChoices: vi.fn() }));
vi.mock("../../netsim/authoring", () => netsim);

const file = "content/saa-c03/saa-0001.md";
const base = readFileSync(path.join(import.meta.dirname, "../__fixtures__/valid/saa-c03/saa-0001.md"), "utf8");
const scenarioYaml = "goals:\n  - { from: internet, to: web, app: http }\nchoices:\n  A: []\n  B: []\n  C: []\n  D: []\n  F: []\n";
const source = `${base}\n## シナリオ\n\n\`\`\`netsim\n${scenarioYaml}\`\`\`\n`;
const firstYamlLine = source.split("\n").indexOf("```netsim") + 2;

function bankWith(text: string): BankQuestion[] {
  const { question } = parseQuestion(file, text);
  if (question?.lang !== "ja") throw new Error("fixture does not parse");
  return [{ id: question.frontMatter.id, folder: "saa-c03", primary: question, translations: [] }];
}

function check(scenario: Record<string, unknown>, derivedKey: string[] = ["A", "C"]) {
  netsim.parseScenario.mockReturnValue({ ok: true, scenario });
  netsim.analyzeChoices.mockReturnValue({
    derivedKey,
    choices: { E: { choice: "E", verdict: "needed", reason: { ja: "E が必要", en: "E lets the reply out" } } },
  });
  return checkBank({ exams: [], questions: bankWith(source) });
}

const letters = { A: [], B: [], C: [], D: [], E: [] };

describe("checking a question's scenario", () => {
  beforeEach(() => {
    netsim.parseScenario.mockReset();
    netsim.analyzeChoices.mockReset();
  });

  it("passes the block's text to the simulator and accepts a key it agrees with", () => {
    const { problems, scenarios } = check({ goals: [], choices: letters });
    expect(netsim.parseScenario).toHaveBeenCalledWith(scenarioYaml.trimEnd());
    expect(problems).toEqual([]);
    expect(scenarios.get("saa-0001")).toEqual({ goals: [], choices: letters });
  });

  it("reports scenario errors at file lines (the block's first line + the error's line - 1)", () => {
    netsim.parseScenario.mockReturnValue({ ok: false, errors: [{ line: 2, column: 5, message: "goals[0].to: unknown host web" }] });
    const { problems } = checkBank({ exams: [], questions: bankWith(source) });
    expect(problems.map(formatProblem)).toEqual([`${file}:${firstYamlLine + 1}:5  scenario: goals[0].to: unknown host web`]);
    expect(netsim.analyzeChoices).not.toHaveBeenCalled();
  });

  it("reports a key that disagrees with the simulator, naming both and the simulator's reason", () => {
    const { problems } = check({ goals: [], choices: letters }, ["A", "C", "E"]);
    expect(problems.map(formatProblem)).toEqual([
      `${file}:22:1  key disagrees with the simulator: the file marks A, C but the simulator finds A, C, E necessary ` +
        `(E: E lets the reply out); replay it with npm run netsim -- ${file}`,
    ]);
  });

  it("reports scenario choices the question does not have, and choices the scenario leaves out", () => {
    const { problems } = check({ goals: [], choices: { A: [], B: [], C: [], D: [], F: [] } });
    // Each points into the block: E's absence at the `choices:` key (YAML line 3), F at its own key (line 8).
    expect(problems.map(formatProblem)).toEqual([
      `${file}:${firstYamlLine + 2}:1  scenario: no configuration change for choice E under choices (one entry per choice)`,
      `${file}:${firstYamlLine + 7}:3  scenario: choices.F names a choice the question does not have (it has A, B, C, D, E)`,
    ]);
    expect(netsim.analyzeChoices).not.toHaveBeenCalled();
  });

  it("checks a scenario's own key against the marks, and never stores it", () => {
    const { problems, scenarios } = check({ key: ["A", "B"], goals: [], choices: letters });
    expect(problems.map((problem) => problem.message)).toEqual([
      'scenario key A, B differs from the choices marked "- [x]" (A, C)',
    ]);
    expect(check({ key: ["C", "A"], goals: [], choices: letters }).problems).toEqual([]);
    expect(scenarios.get("saa-0001")).not.toHaveProperty("key");
  });
});
