// `npm run content:new -- <exam>`: creates content/<exam>/<prefix>-NNNN.md from the template with the next free id.
// The prefix comes from the exam's existing ids (saa-c03 → saa); the number is one above the highest in use, so an
// id that was removed from the top of the bank could come back: check the database's retired ids if you delete files.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { examSchema } from "../lib/content/parse/exam-schema";
import { nextQuestionId, questionTemplate } from "../lib/content/parse/question-template";
import { parseYamlWith } from "../lib/content/parse/yaml-source";

const root = path.resolve(import.meta.dirname, "..");

function main(): number {
  const exam = process.argv[2];
  const contentDir = path.join(root, "content");
  const exams = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  if (!exam || !exams.includes(exam)) {
    console.error(`usage: npm run content:new -- <exam>   (exams: ${exams.join(", ")})`);
    return 2;
  }
  const examDir = path.join(contentDir, exam);
  const examFile = path.join(examDir, "exam.yaml");
  const definition = parseYamlWith(examSchema, readFileSync(examFile, "utf8"), path.relative(root, examFile), 1).data;
  if (!definition) {
    console.error(`${path.relative(root, examFile)} has problems: run npm run content:check`);
    return 1;
  }
  const files = readdirSync(examDir, { recursive: true, encoding: "utf8" });
  const ids = files.map((file) => path.basename(file).replace(/(\.en)?\.md$/, ""));
  const id = nextQuestionId(exam, ids);
  const target = path.join(examDir, `${id}.md`);
  // "wx": never overwrite a question, even if two authors run this at the same moment.
  writeFileSync(target, questionTemplate(id, definition), { flag: "wx" });
  console.log(
    `created ${path.relative(root, target)}: write the question, mark the key with "- [x]", then npm run content:check`,
  );
  return 0;
}

process.exit(main());
