import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { compareProblems, FILE_START, problemAt, type Position, type Problem } from "./problem";
import { parseQuestionBody, type LinkRef, type QuestionBody } from "./question-body";
import {
  questionFrontMatterSchema,
  translationFrontMatterSchema,
  type Lang,
  type QuestionFrontMatter,
  type TranslationFrontMatter,
} from "./question-schema";
import { parseYamlWith } from "./yaml-source";

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);

interface ParsedFileBase extends QuestionBody {
  /** Path relative to the repository root. */
  file: string;
  /** Where the front matter fields are (or the front matter's start when absent), for the cross-file checks. */
  positions: {
    id: Position;
    exam: Position;
    domain: Position;
    choose: Position;
    task: Position;
    verified: Position;
    fact: Position;
    references: Position;
    frontMatter: Position;
  };
  /** The whole file, for the prose rules (stem, terms) that point at a character. */
  source: string;
  /** Offset of the body (after the front matter) in `source`. */
  bodyStart: number;
  /** Links of the body and of `references`, with their positions, for the link check. */
  links: LinkRef[];
}
export interface PrimaryQuestionFile extends ParsedFileBase {
  lang: "ja";
  frontMatter: QuestionFrontMatter;
}
export interface TranslationFile extends ParsedFileBase {
  lang: "en";
  frontMatter: TranslationFrontMatter;
}
export type ParsedQuestionFile = PrimaryQuestionFile | TranslationFile;

export interface ParseQuestionResult {
  /** Null only when the front matter is unusable; a file with body problems is still returned for cross-file checks. */
  question: ParsedQuestionFile | null;
  problems: Problem[];
}

/** The language a question file is in, from its name: `<id>.en.md` is English, `<id>.md` Japanese. */
export function langOfFile(file: string): Lang {
  return file.endsWith(".en.md") ? "en" : "ja";
}

/** Parses one question file (front matter by zod, body from the Markdown syntax tree) and checks it on its own. */
export function parseQuestion(file: string, source: string): ParseQuestionResult {
  const tree = parser.parse(source);
  const [first, ...rest] = tree.children;
  if (!first || first.type !== "yaml") {
    return { question: null, problems: [problemAt(file, FILE_START, "missing front matter: start the file with a --- block")] };
  }
  const lang = langOfFile(file);
  const firstLine = (first.position?.start.line ?? 1) + 1;
  const yaml =
    lang === "ja"
      ? parseYamlWith(questionFrontMatterSchema, first.value, file, firstLine)
      : parseYamlWith(translationFrontMatterSchema, first.value, file, firstLine);
  const bodyStart = { line: (first.position?.end.line ?? 1) + 1, column: 1 };
  const { body, problems } = parseQuestionBody(rest, lang, file, bodyStart);
  problems.unshift(...yaml.problems);
  const frontMatter = yaml.data;
  if (!frontMatter) return { question: null, problems: problems.sort(compareProblems) };

  const positions = {
    id: yaml.positionOf(["id"]),
    exam: yaml.positionOf(["exam"]),
    domain: yaml.positionOf(["domain"]),
    choose: yaml.positionOf(["choose"]),
    task: yaml.positionOf(["task"]),
    verified: yaml.positionOf(["verified"]),
    fact: yaml.positionOf(["fact"]),
    references: yaml.positionOf(["references"], { isKeyWanted: true }),
    frontMatter: yaml.positionOf([]),
  };
  const referenceLinks = (frontMatter.references ?? []).map((reference, index) => ({
    url: reference.url,
    position: yaml.positionOf(["references", index, "url"]),
  }));
  problems.push(...checkKey(file, frontMatter.choose, positions.choose, body));
  const hintProblem = findChooseHintProblem(lang, frontMatter.choose, body.stemText);
  if (hintProblem) problems.push(problemAt(file, positions.choose, hintProblem));
  const base = { ...body, file, positions, source, bodyStart: first.position?.end.offset ?? 0, links: [...referenceLinks, ...body.links] };
  const question: ParsedQuestionFile =
    frontMatter.lang === "ja" ? { ...base, lang: "ja", frontMatter } : { ...base, lang: "en", frontMatter };
  return { question, problems: problems.sort(compareProblems) };
}

/** The key against `choose` and the choice count rules of the format (4 to 6; multi-answer at least 5). */
function checkKey(file: string, choose: number, choosePosition: Position, body: QuestionBody): Problem[] {
  const problems: Problem[] = [];
  const count = body.choices.length;
  if (count === 0) return problems;
  if (count < 4 || count > 6) problems.push(problemAt(file, body.choicesPosition, `${count} choices: a question has 4 to 6`));
  else if (choose > 1 && count < 5) {
    problems.push(problemAt(file, body.choicesPosition, `a multiple-answer question has at least 5 choices, found ${count}`));
  }
  const marked = body.choices.filter((choice) => choice.isCorrect).length;
  if (marked === 0) {
    problems.push(problemAt(file, body.choicesPosition, 'no choice is marked correct: mark the key with "- [x]"'));
  } else if (marked !== choose) {
    const letters = body.choices.filter((choice) => choice.isCorrect).map((choice) => choice.letter).join(", ");
    problems.push(problemAt(file, choosePosition, `choose: ${choose} but ${marked} choices are marked "- [x]" (${letters})`));
  } else if (marked === count) {
    problems.push(problemAt(file, body.choicesPosition, "every choice is marked correct: a question needs wrong choices"));
  }
  return problems;
}

const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five", "six"];

/** A multiple-answer stem says how many to choose, and the number agrees with `choose` ("(2 つ選択)", "(Choose two.)"). */
export function findChooseHintProblem(lang: Lang, choose: number, stemText: string): string | null {
  const ja = /[(（]\s*(\d+)\s*つ選択\s*[)）]/.exec(stemText);
  const en = /\(\s*Choose (\w+)\.?\s*\)/i.exec(stemText);
  const said = ja?.[1] ? Number(ja[1]) : en?.[1] ? COUNT_WORDS.indexOf(en[1].toLowerCase()) : null;
  const hint = lang === "ja" ? `(${choose} つ選択)` : `(Choose ${COUNT_WORDS[choose] ?? choose}.)`;
  if (said === null) return choose > 1 ? `a multiple-answer stem says how many to choose: end it with ${hint}` : null;
  return said === choose ? null : `the stem says to choose ${said} but choose is ${choose}: write ${hint}`;
}
