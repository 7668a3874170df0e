// Misconceptions: the catalogue (content/misconceptions.yaml) and the per-choice tags, written either in a question's
// front matter (`misconceptions: { B: sg-stateless }`) or, for existing questions, in content/misconception-tags.yaml
// (keyed by question id, then choice letter). Both are merged here and validated against the catalogue and the bank.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { BankQuestion } from "../parse/load-bank";
import { FILE_START, problemAt, type Problem } from "../parse/problem";
import { parseYamlWith } from "../parse/yaml-source";

export const MISCONCEPTIONS_FILE = "misconceptions.yaml";
export const MISCONCEPTION_TAGS_FILE = "misconception-tags.yaml";

export const misconceptionIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "a misconception id is lowercase kebab-case, e.g. sg-stateless" });
/** Choice letter → misconception id: the shape of the front-matter field and of each entry of the tags file. */
export const choiceTagsSchema = z.record(z.string().regex(/^[A-Z]$/, { error: "a choice letter, e.g. B" }), misconceptionIdSchema);

const bilingual = z.strictObject({ ja: z.string().trim().min(1), en: z.string().trim().min(1) });
const catalogueSchema = z.array(z.strictObject({ id: misconceptionIdSchema, name: bilingual, explanation: bilingual }));
const tagsFileSchema = z.record(z.string().regex(/^[a-z]+-\d{4}$/, { error: "a question id, e.g. saa-0001" }), choiceTagsSchema).nullable();

export type Misconception = z.infer<typeof catalogueSchema>[number];
export type MisconceptionTag = { questionId: string; letter: string; misconceptionId: string };
export type MisconceptionCheck = { catalogue: Misconception[]; tags: MisconceptionTag[]; problems: Problem[] };

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Reads the catalogue and the tags file (both optional) under `contentDir`, merges the tags with those of the
 * questions' front matter (`frontMatterTags`), and reports: unknown ids, duplicate ids, tags of unknown questions or
 * letters, tags on a correct choice (a misconception explains a wrong pick), and a choice tagged in both places.
 */
export async function checkMisconceptions(
  contentDir: string,
  questions: readonly BankQuestion[],
  frontMatterTags: (question: BankQuestion) => Record<string, string> | undefined,
  repoRoot = process.cwd(),
): Promise<MisconceptionCheck> {
  const relative = (name: string) => path.relative(repoRoot, path.join(contentDir, name)).split(path.sep).join("/");
  const problems: Problem[] = [];
  const catalogueFile = relative(MISCONCEPTIONS_FILE);
  const catalogueText = await readOptional(path.join(contentDir, MISCONCEPTIONS_FILE));
  const parsedCatalogue = catalogueText === null ? null : parseYamlWith(catalogueSchema, catalogueText, catalogueFile, 1);
  problems.push(...(parsedCatalogue?.problems ?? []));
  const catalogue = parsedCatalogue?.data ?? [];
  const seen = new Set<string>();
  catalogue.forEach((entry, index) => {
    if (seen.has(entry.id)) problems.push(problemAt(catalogueFile, parsedCatalogue?.positionOf([index, "id"]) ?? FILE_START, `duplicate misconception id ${entry.id}`));
    seen.add(entry.id);
  });

  const tagsFile = relative(MISCONCEPTION_TAGS_FILE);
  const tagsText = await readOptional(path.join(contentDir, MISCONCEPTION_TAGS_FILE));
  const parsedTags = tagsText === null ? null : parseYamlWith(tagsFileSchema, tagsText, tagsFile, 1);
  problems.push(...(parsedTags?.problems ?? []));

  const byId = new Map(questions.map((question) => [question.id, question]));
  const tags: MisconceptionTag[] = [];
  const tagged = new Set<string>();
  const add = (question: BankQuestion, letter: string, misconceptionId: string, file: string, at: () => { line: number; column: number }) => {
    const choice = question.primary.choices.find((candidate) => candidate.letter === letter);
    if (!choice) return problems.push(problemAt(file, at(), `${question.id} has no choice ${letter}`));
    if (choice.isCorrect) return problems.push(problemAt(file, at(), `${question.id} ${letter} is a correct choice: a misconception tags a wrong one`));
    if (!seen.has(misconceptionId)) return problems.push(problemAt(file, at(), `unknown misconception ${misconceptionId} (add it to content/${MISCONCEPTIONS_FILE})`));
    const key = `${question.id}:${letter}`;
    if (tagged.has(key)) return problems.push(problemAt(file, at(), `${question.id} ${letter} is tagged twice (front matter and ${MISCONCEPTION_TAGS_FILE})`));
    tagged.add(key);
    tags.push({ questionId: question.id, letter, misconceptionId });
  };
  for (const question of questions) {
    for (const [letter, id] of Object.entries(frontMatterTags(question) ?? {})) add(question, letter, id, question.primary.file, () => FILE_START);
  }
  for (const [questionId, letters] of Object.entries(parsedTags?.data ?? {})) {
    const question = byId.get(questionId);
    const at = (letter?: string) => () => parsedTags?.positionOf(letter ? [questionId, letter] : [questionId], { isKeyWanted: true }) ?? FILE_START;
    if (!question) {
      problems.push(problemAt(tagsFile, at()(), `no question ${questionId} in the bank`));
      continue;
    }
    for (const [letter, id] of Object.entries(letters)) add(question, letter, id, tagsFile, at(letter));
  }
  return { catalogue, tags, problems };
}
