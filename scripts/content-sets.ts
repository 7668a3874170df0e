// `npm run content:sets [exam-id]`: (re)writes the fixed mock sets of content/<exam>/exam.yaml from the bank, read
// through the app's own loader. Deterministic; keeps each existing set's valid members. Prints what limits the count.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadBank } from "../lib/content/parse/load-bank";
import { blockingProblemsOf, formatProblem } from "../lib/content/parse/problem";
import { existingSets, writeSetsSection } from "../lib/content/parse/sets-yaml";
import { planSets, shortfalls } from "../lib/quiz/mock-sets";
import { runMain } from "./lib/run-main";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const examId = process.argv[2] ?? "saa-c03";
  const contentDir = path.join(root, "content");
  const bank = await loadBank(contentDir, { repoRoot: root });
  const exam = bank.exams.find((candidate) => candidate.definition.id === examId);
  if (!exam) {
    console.error(
      `no exam "${examId}" under content/ (exams: ${bank.exams.map((candidate) => candidate.definition.id).join(", ")})`,
    );
    return 1;
  }
  const broken = blockingProblemsOf(bank.problems).filter((problem) => !problem.file.endsWith("exam.yaml"));
  if (broken.length > 0) {
    for (const problem of broken) console.log(formatProblem(problem));
    console.error(`fix these ${broken.length} problems first (npm run content:check)`);
    return 1;
  }
  const { definition } = exam;
  const input = {
    size: definition.questionCount,
    domains: definition.domains,
    tasks: definition.tasks ?? [],
    questions: bank.questions
      .filter((question) => question.folder === exam.folder)
      .map(({ id, primary: { frontMatter } }) => ({
        id,
        domain: frontMatter.domain,
        task: frontMatter.task,
        difficulty: frontMatter.difficulty,
      })),
    existing: existingSets(definition.sets),
  };
  const plan = planSets(input);
  const file = path.join(root, exam.file);
  const before = await readFile(file, "utf8");
  const after = writeSetsSection(before, plan.sets);
  if (after !== before) await writeFile(file, after);
  const kept = plan.sets.map(
    (set, index) => set.filter((id) => definition.sets?.[index]?.questions.includes(id)).length,
  );
  const quotaText = definition.domains.map((domain) => `${domain.id} ${plan.quotas.get(domain.id) ?? 0}`).join(", ");
  console.log(
    `${exam.file}: ${plan.sets.length} set${plan.sets.length === 1 ? "" : "s"} of ${definition.questionCount} (${quotaText})${after === before ? ", unchanged" : ""}`,
  );
  plan.sets.forEach((_, index) => console.log(`  set ${index + 1}: kept ${kept[index]} existing members`));
  if (plan.limits.length > 0) {
    console.log(`limited by:`);
    for (const limit of plan.limits) console.log(`  ${limit}`);
    console.log(`for all six sets:`);
    for (const line of shortfalls(input)) console.log(`  ${line}`);
  }
  return 0;
}

runMain(main);
