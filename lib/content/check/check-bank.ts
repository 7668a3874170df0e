import { z } from "zod";
import { analyzeChoices, parseScenario } from "../../netsim/authoring";
import { checkConsistency } from "./check-consistency";
import { checkMisconceptions, type MisconceptionCheck } from "./check-misconceptions";
import { checkLinks } from "./check-links";
import { checkRules, type CheckRulesOptions } from "./check-rules";
import { checkSets } from "./check-sets";
import { checkVariants, type VariantSummary } from "./check-variants";
import { toJsonObject, type JsonObject } from "../parse/json";
import { loadBank, type BankQuestion, type LoadBankOptions, type LoadedBank } from "../parse/load-bank";
import { compareProblems, problemAt, type Problem } from "../parse/problem";
import { parseYamlWith } from "../parse/yaml-source";

export interface CheckedBank extends LoadedBank {
  /** Parsed scenarios by question id, as plain JSON without any `key` field (safe to serve). */
  scenarios: ReadonlyMap<string, JsonObject>;
  /** The misconception catalogue and every choice's tag (front matter and content/misconception-tags.yaml merged). */
  misconceptions: Omit<MisconceptionCheck, "problems">;
  /** Per question with variables: how many sampled variants were clean, and why the others were rejected. */
  variants: { summaries: VariantSummary[]; milliseconds: number; cpuMilliseconds: number };
}

export interface CheckBankOptions extends CheckRulesOptions {
  /** Called after each scenario is replayed (the slow part of a check). */
  onScenarioProgress?: (done: number, total: number) => void;
  /** Variants sampled per question with variables (default 200, the content check's figure). */
  variantSample?: number;
}

/** Loads a content directory and runs every check: the single-file problems plus the cross-file and simulator ones. */
export async function loadCheckedBank(
  contentDir: string,
  options: LoadBankOptions & CheckBankOptions = {},
): Promise<CheckedBank> {
  const bank = await loadBank(contentDir, options);
  const { problems, scenarios } = checkBank(bank, options);
  const variants = checkVariants(bank.questions, scenarios, options.variantSample);
  const { problems: tagProblems, ...misconceptions } = await checkMisconceptions(contentDir, bank.questions, (question) => question.primary.frontMatter.misconceptions, options.repoRoot);
  return { ...bank, problems: [...bank.problems, ...problems, ...variants.problems, ...tagProblems].sort(compareProblems), scenarios, misconceptions, variants: {
      summaries: variants.summaries,
      milliseconds: variants.milliseconds,
      cpuMilliseconds: variants.cpuMilliseconds,
    },
  };
}

/** Cross-file checks (ids, exams, domains, translations, links) and each scenario replayed against its key. */
export function checkBank(
  bank: Pick<LoadedBank, "exams" | "questions">,
  options: CheckBankOptions = {},
): { problems: Problem[]; scenarios: Map<string, JsonObject> } {
  const problems = [...checkConsistency(bank), ...checkLinks(bank.questions), ...checkRules(bank, options), ...checkSets(bank)];
  const scenarios = new Map<string, JsonObject>();
  const withScenario = bank.questions.filter((question) => question.primary.scenario !== null);
  withScenario.forEach((question, index) => {
    const result = checkScenario(question);
    problems.push(...result.problems);
    if (result.scenario) scenarios.set(question.id, result.scenario);
    options.onScenarioProgress?.(index + 1, withScenario.length);
  });
  return { problems: problems.sort(compareProblems), scenarios };
}

function checkScenario(question: BankQuestion): { problems: Problem[]; scenario: JsonObject | null } {
  const { primary } = question;
  const block = primary.scenario;
  if (!block) return { problems: [], scenario: null };
  const file = primary.file;
  const parsed = parseScenario(block.source);
  if (!parsed.ok) {
    const problems = parsed.errors.map((error) =>
      problemAt(file, { line: block.firstLine + error.line - 1, column: error.column }, `scenario: ${error.message}`),
    );
    return { problems, scenario: null };
  }
  const problems: Problem[] = [];
  const { scenario } = parsed;
  // Positions inside the block, for problems the simulator reports without one.
  const positionIn = parseYamlWith(z.unknown(), block.source, file, block.firstLine).positionOf;
  const letters = primary.choices.map((choice) => choice.letter);
  const fileKey = primary.choices.filter((choice) => choice.isCorrect).map((choice) => choice.letter);
  const scenarioLetters = Object.keys(scenario.choices);
  for (const letter of scenarioLetters.filter((letter) => !letters.includes(letter))) {
    const message = `scenario: choices.${letter} names a choice the question does not have (it has ${letters.join(", ")})`;
    problems.push(problemAt(file, positionIn(["choices", letter], { isKeyWanted: true }), message));
  }
  for (const letter of letters.filter((letter) => !scenarioLetters.includes(letter))) {
    const message = `scenario: no configuration change for choice ${letter} under choices (one entry per choice)`;
    problems.push(problemAt(file, positionIn(["choices"], { isKeyWanted: true }), message));
  }
  if (scenario.key && !sameLetters(scenario.key, fileKey)) {
    const message = `scenario key ${formatLetters(scenario.key)} differs from the choices marked "- [x]" (${formatLetters(fileKey)})`;
    problems.push(problemAt(file, positionIn(["key"], { isKeyWanted: true }), message));
  }
  if (problems.length === 0) {
    // The number to choose decides between answers of different sizes ("choose two" when one choice also works).
    const analysis = analyzeWithContext(scenario, file, { choose: primary.frontMatter.choose, expectedKey: fileKey });
    if (!sameLetters(analysis.derivedKey, fileKey)) {
      const differing = letters.filter((letter) => analysis.derivedKey.includes(letter) !== fileKey.includes(letter));
      const first = differing[0];
      const why = first ? analysis.choices[first]?.reason.en : undefined;
      const message =
        `key disagrees with the simulator: the file marks ${formatLetters(fileKey)} but the simulator finds ` +
        `${formatLetters(analysis.derivedKey)} necessary${first && why ? ` (${first}: ${why})` : ""}; replay it with npm run netsim -- ${file}`;
      problems.push(problemAt(file, primary.choicesPosition, message));
    }
  }
  // `key` would reveal the answer to anyone who can read the scenario: it stays in the file.
  return { problems, scenario: toJsonObject({ ...scenario, key: undefined }) };
}

/** A simulator crash is a bug (it throws), but the report has to say which question to replay. */
function analyzeWithContext(
  scenario: Parameters<typeof analyzeChoices>[0],
  file: string,
  options: Parameters<typeof analyzeChoices>[1],
): ReturnType<typeof analyzeChoices> {
  try {
    return analyzeChoices(scenario, options);
  } catch (error) {
    throw new Error(`the simulator failed on the scenario of ${file} (replay it with npm run netsim -- ${file})`, { cause: error });
  }
}

function sameLetters(a: readonly string[], b: readonly string[]): boolean {
  return formatLetters(a) === formatLetters(b);
}

function formatLetters(letters: readonly string[]): string {
  return letters.length === 0 ? "none" : [...letters].sort().join(", ");
}
