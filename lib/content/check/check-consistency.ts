import path from "node:path";
import type { BankQuestion, LoadedBank } from "../parse/load-bank";
import type { PrimaryQuestionFile, TranslationFile } from "../parse/parse-question";
import { problemAt, type Problem } from "../parse/problem";

/** Checks across files: ids, file names, exam folders and domains, translations against their primary file. */
export function checkConsistency(bank: Pick<LoadedBank, "exams" | "questions">): Problem[] {
  const problems: Problem[] = [];
  const examsByFolder = new Map(bank.exams.map((exam) => [exam.folder, exam]));
  for (const exam of bank.exams) {
    if (exam.definition.id !== exam.folder) {
      problems.push(problemAt(exam.file, exam.idPosition, `exam id "${exam.definition.id}" differs from its folder name "${exam.folder}"`));
    }
  }

  const firstFileById = new Map<string, string>();
  for (const question of bank.questions) {
    const { primary } = question;
    const earlier = firstFileById.get(question.id);
    if (earlier) problems.push(problemAt(primary.file, primary.positions.id, `duplicate id ${question.id}: already used by ${earlier}`));
    else firstFileById.set(question.id, primary.file);

    for (const file of [primary, ...question.translations]) {
      const expected = `${file.frontMatter.id}${file.lang === "ja" ? "" : `.${file.lang}`}.md`;
      if (path.posix.basename(file.file) !== expected) {
        problems.push(problemAt(file.file, file.positions.id, `id ${file.frontMatter.id} does not match the file name: name the file ${expected}`));
      }
    }

    const exam = examsByFolder.get(question.folder);
    if (primary.frontMatter.exam !== question.folder) {
      const message = `exam "${primary.frontMatter.exam}" differs from the exam folder the file is in ("${question.folder}")`;
      problems.push(problemAt(primary.file, primary.positions.exam, message));
    } else if (exam && !exam.definition.domains.some((domain) => domain.id === primary.frontMatter.domain)) {
      const known = exam.definition.domains.map((domain) => domain.id).join(", ");
      const message = `domain "${primary.frontMatter.domain}" is not a domain of ${exam.definition.id} (${known}; see ${exam.file})`;
      problems.push(problemAt(primary.file, primary.positions.domain, message));
    }
    problems.push(...checkTranslations(question));
  }
  return problems;
}

function checkTranslations(question: BankQuestion): Problem[] {
  const problems: Problem[] = [];
  const seenLangs = new Set<string>();
  for (const translation of question.translations) {
    if (seenLangs.has(translation.lang)) {
      problems.push(problemAt(translation.file, translation.positions.id, `a second ${translation.lang} translation of ${question.id}`));
    }
    seenLangs.add(translation.lang);
    problems.push(...compareTranslation(question.primary, translation));
  }
  return problems;
}

function compareTranslation(primary: PrimaryQuestionFile, translation: TranslationFile): Problem[] {
  const problems: Problem[] = [];
  const mismatch = (position: { line: number; column: number }, what: string) =>
    problems.push(problemAt(translation.file, position, `translation differs from ${primary.file}: ${what}`));
  const ours = translation.frontMatter;
  const theirs = primary.frontMatter;
  if (ours.exam !== theirs.exam) mismatch(translation.positions.exam, `exam "${ours.exam}" vs "${theirs.exam}"`);
  if (ours.domain !== theirs.domain) mismatch(translation.positions.domain, `domain "${ours.domain}" vs "${theirs.domain}"`);
  if (ours.choose !== theirs.choose) mismatch(translation.positions.choose, `choose ${ours.choose} vs ${theirs.choose}`);
  if (translation.choices.length !== primary.choices.length) {
    mismatch(translation.choicesPosition, `${translation.choices.length} choices vs ${primary.choices.length}`);
    return problems;
  }
  translation.choices.forEach((choice, index) => {
    const original = primary.choices[index];
    if (original && original.isCorrect !== choice.isCorrect) {
      const mark = (isCorrect: boolean) => (isCorrect ? "[x]" : "[ ]");
      mismatch(choice.position, `choice ${choice.letter} is ${mark(choice.isCorrect)} here but ${mark(original.isCorrect)} in the Japanese file`);
    }
  });
  return problems;
}
