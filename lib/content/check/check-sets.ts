import { setQuotas } from "../../quiz/mock-sets";
import type { LoadedBank, LoadedExam } from "../parse/load-bank";
import { problemAt, type Position, type Problem } from "../parse/problem";

/** How far a set's count in a domain may stray from the weighted allocation before content:check fails. */
export const SET_WEIGHT_TOLERANCE = 2;

/**
 * The fixed mock sets of each exam.yaml: every id a live question of that exam, no question in two sets, each set of
 * the exam's question count, every task statement in every set, each domain within ±2 of its weighted share.
 */
export function checkSets(bank: Pick<LoadedBank, "exams" | "questions">): Problem[] {
  // content:check fails on them, but seeding does not: a set left stale by a retired question still seeds, and
  // startExam asks only its live questions (re-run npm run content:sets to repair it).
  return bank.exams.flatMap((exam) => checkExamSets(exam, bank.questions)).map((problem) => ({ ...problem, kind: "rule" as const }));
}

function checkExamSets(exam: LoadedExam, questions: LoadedBank["questions"]): Problem[] {
  const { definition } = exam;
  const sets = definition.sets ?? [];
  if (sets.length === 0) return [];
  const at = (path: (string | number)[]): Position => exam.positionOf?.(path) ?? exam.idPosition;
  const problems: Problem[] = [];
  const ofExam = new Map(questions.filter((question) => question.folder === exam.folder).map((question) => [question.id, question.primary.frontMatter]));
  const quotas = setQuotas(definition.domains, definition.questionCount);
  const firstSetOf = new Map<string, number>();
  sets.forEach((set, setIndex) => {
    const name = `set ${set.number}`;
    set.questions.forEach((id, index) => {
      const where = at(["sets", setIndex, "questions", index]);
      const earlier = firstSetOf.get(id);
      if (earlier !== undefined) {
        const message = earlier === set.number ? `${name}: ${id} is listed twice` : `${name}: ${id} is already in set ${earlier} (a question belongs to one set)`;
        problems.push(problemAt(exam.file, where, message));
      } else firstSetOf.set(id, set.number);
      if (!ofExam.has(id)) {
        const message = `${name}: ${id} is not a question of ${definition.id} (unknown or retired id; re-run npm run content:sets)`;
        problems.push(problemAt(exam.file, where, message));
      }
    });
    const members = set.questions.flatMap((id) => ofExam.get(id) ?? []);
    const where = at(["sets", setIndex, "questions"]);
    if (set.questions.length !== definition.questionCount) {
      problems.push(problemAt(exam.file, where, `${name} has ${set.questions.length} questions, not the exam's ${definition.questionCount}`));
    }
    for (const task of definition.tasks ?? []) {
      if (!members.some((question) => question.task === task.id)) {
        problems.push(problemAt(exam.file, where, `${name} has no question of task ${task.id} (every task statement belongs in every set)`));
      }
    }
    for (const domain of definition.domains) {
      const expected = quotas.get(domain.id) ?? 0;
      const count = members.filter((question) => question.domain === domain.id).length;
      if (Math.abs(count - expected) > SET_WEIGHT_TOLERANCE) {
        const message = `${name} has ${count} ${domain.id} questions; its weight ${domain.weight}% asks for ${expected} (±${SET_WEIGHT_TOLERANCE})`;
        problems.push(problemAt(exam.file, where, message));
      }
    }
  });
  return problems;
}
