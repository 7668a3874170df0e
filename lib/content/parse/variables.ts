/**
 * A question's declared variables (front matter `variables:`, content/README.md "Variants") and the template the
 * variant generator rewrites: the question's own texts in both languages and its scenario.
 */
import {
  declarationProblems,
  variablesSchema,
  type Scenario,
  type TemplateTexts,
  type VariableDeclaration,
  type VariantTemplate,
} from "../../netsim/authoring";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseScenario } from "../../netsim/authoring";
import type { BankQuestion } from "./load-bank";
import { parseQuestion, type PrimaryQuestionFile, type TranslationFile } from "./parse-question";

/** The declaration as data, or the reasons it is unusable (null and no problems: the question declares none). */
export function variablesOf(primary: PrimaryQuestionFile): { variables: VariableDeclaration[] | null; problems: string[] } {
  const raw = primary.frontMatter.variables;
  if (raw === undefined) return { variables: null, problems: [] };
  const parsed = variablesSchema.safeParse(raw);
  if (!parsed.success)
    return {
      variables: null,
      problems: parsed.error.issues.map((issue) => `variables${issue.path.map((p) => `.${String(p)}`).join("")}: ${issue.message}`),
    };
  const problems = declarationProblems(parsed.data).map((p) => `variables: ${p}`);
  return { variables: problems.length ? null : parsed.data, problems };
}

function textsOf(file: PrimaryQuestionFile | TranslationFile): TemplateTexts {
  return {
    stem: file.stemHtml,
    explanation: file.explanationHtml,
    choices: file.choices.map((c) => ({ letter: c.letter, text: c.html, explanation: c.explanationHtml })),
  };
}

/** The template of a question with variables: its HTML texts (as stored by the seed) and its parsed scenario. */
export function variantTemplateOf(
  question: BankQuestion,
  variables: readonly VariableDeclaration[],
  scenario: Scenario,
): VariantTemplate {
  const { primary } = question;
  const english = question.translations.find((t) => t.lang === "en");
  return {
    id: question.id,
    choose: primary.frontMatter.choose,
    key: primary.choices.filter((c) => c.isCorrect).map((c) => c.letter),
    variables,
    scenario,
    texts: english ? { ja: textsOf(primary), en: textsOf(english) } : { ja: textsOf(primary) },
  };
}

/**
 * Reads one question's files (content/<exam>/<id>.md and .en.md) and returns its variant template, or why there is
 * none (no such question, no variables, a scenario that does not parse). For the CLI and the bench.
 */
export async function loadVariantTemplate(
  contentDir: string,
  id: string,
): Promise<{ ok: true; template: VariantTemplate; file: string } | { ok: false; message: string }> {
  const files: string[] = [];
  for (const exam of await readdir(contentDir, { withFileTypes: true }))
    if (exam.isDirectory())
      for (const name of await readdir(path.join(contentDir, exam.name)))
        if (name === `${id}.md` || name === `${id}.en.md`) files.push(path.join(contentDir, exam.name, name));
  const parsed = await Promise.all(files.sort().map(async (file) => parseQuestion(file, await readFile(file, "utf8"))));
  const questions = parsed.map((p) => p.question);
  const primary = questions.find((q): q is PrimaryQuestionFile => q?.lang === "ja");
  const translations = questions.filter((q): q is TranslationFile => q?.lang === "en");
  if (!primary) return { ok: false, message: `${id}: no readable question file <exam>/${id}.md under ${contentDir}` };
  const { variables, problems } = variablesOf(primary);
  if (!variables) return { ok: false, message: `${primary.file}: ${problems.length ? problems.join("; ") : "declares no variables"}` };
  if (!primary.scenario) return { ok: false, message: `${primary.file}: variables need a scenario` };
  const scenario = parseScenario(primary.scenario.source);
  if (!scenario.ok) return { ok: false, message: `${primary.file}: the scenario does not parse (npm run netsim -- ${primary.file})` };
  const template = variantTemplateOf({ id, folder: "", primary, translations }, variables, { ...scenario.scenario, key: undefined });
  return { ok: true, template, file: primary.file };
}
