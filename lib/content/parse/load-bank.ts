import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { examSchema, type ExamDefinition } from "./exam-schema";
import { parseQuestion, type PrimaryQuestionFile, type TranslationFile } from "./parse-question";
import { compareProblems, FILE_START, problemAt, type Position, type Problem } from "./problem";
import { parseYamlWith } from "./yaml-source";

export interface LoadedExam {
  /** The folder under content/ (must equal `definition.id`). */
  folder: string;
  /** exam.yaml, relative to the repository root. */
  file: string;
  definition: ExamDefinition;
  idPosition: Position;
  /** The file position of any value in exam.yaml (absent for exams built in tests). */
  positionOf?: (path: readonly (string | number)[]) => Position;
}

/** One question: its primary (Japanese) file and the translations with the same id. */
export interface BankQuestion {
  id: string;
  folder: string;
  primary: PrimaryQuestionFile;
  translations: TranslationFile[];
}

export interface LoadedBank {
  exams: LoadedExam[];
  questions: BankQuestion[];
  /** Every problem found in single files, sorted by file and position. */
  problems: Problem[];
  /** How many files were read (exam.yaml and question files). */
  fileCount: number;
}

export interface LoadBankOptions {
  /** Paths in problems are relative to this (default: the current directory). */
  repoRoot?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Reads every exam.yaml and question file under a content directory; expected mistakes are returned as problems. */
export async function loadBank(contentDir: string, options: LoadBankOptions = {}): Promise<LoadedBank> {
  const repoRoot = options.repoRoot ?? process.cwd();
  const relative = (absolute: string) => path.relative(repoRoot, absolute).split(path.sep).join("/");
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((absolute) => ({ absolute, parts: path.relative(contentDir, absolute).split(path.sep) }))
    .filter(({ parts }) => parts.length >= 2 && !parts.some((part) => part.startsWith(".")))
    .sort((a, b) => (a.absolute < b.absolute ? -1 : 1));
  const examFiles = files.filter(({ parts }) => parts.length === 2 && parts[1] === "exam.yaml");
  const questionFiles = files.filter(({ parts }) => isQuestionFile(parts));
  const total = examFiles.length + questionFiles.length;
  let done = 0;
  const problems: Problem[] = [];

  const exams: LoadedExam[] = [];
  for (const { absolute, parts } of examFiles) {
    const file = relative(absolute);
    const result = parseYamlWith(examSchema, await readFile(absolute, "utf8"), file, 1);
    problems.push(...result.problems);
    if (result.data) exams.push({ folder: parts[0] ?? "", file, definition: result.data, idPosition: result.positionOf(["id"]), positionOf: (at) => result.positionOf(at) });
    options.onProgress?.(++done, total);
  }
  const examFolders = new Set(examFiles.map(({ parts }) => parts[0]));

  const primaries: { folder: string; question: PrimaryQuestionFile }[] = [];
  const translations: { folder: string; question: TranslationFile }[] = [];
  const reportedFolders = new Set<string>();
  for (const { absolute, parts } of questionFiles) {
    const file = relative(absolute);
    const folder = parts[0] ?? "";
    if (!examFolders.has(folder) && !reportedFolders.has(folder)) {
      reportedFolders.add(folder);
      problems.push(problemAt(file, FILE_START, `the exam folder "${folder}" has no exam.yaml defining the exam`));
    }
    const { question, problems: fileProblems } = parseQuestion(file, await readFile(absolute, "utf8"));
    problems.push(...fileProblems);
    if (question?.lang === "ja") primaries.push({ folder, question });
    else if (question?.lang === "en") translations.push({ folder, question });
    options.onProgress?.(++done, total);
  }

  const questions: BankQuestion[] = [];
  const byId = new Map<string, BankQuestion>();
  for (const { folder, question } of primaries) {
    const entry: BankQuestion = { id: question.frontMatter.id, folder, primary: question, translations: [] };
    questions.push(entry);
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  for (const { question } of translations) {
    const primary = byId.get(question.frontMatter.id);
    if (primary) primary.translations.push(question);
    else {
      const message = `translation of ${question.frontMatter.id} has no Japanese file with that id (expected ${question.frontMatter.id}.md)`;
      problems.push(problemAt(question.file, question.positions.id, message));
    }
  }
  return { exams, questions, problems: problems.sort(compareProblems), fileCount: total };
}

function isQuestionFile(parts: readonly string[]): boolean {
  const name = parts[parts.length - 1] ?? "";
  return name.endsWith(".md") && name.toLowerCase() !== "readme.md";
}
