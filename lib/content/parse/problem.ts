/** A mistake in a content file, reported to the author as `file:line:column  message` (1-based). */
export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** A warning is printed but does not fail the check (e.g. a missing translation outside CI). Absent: an error. */
  severity?: "warning";
  /**
   * "rule": an item-writing rule (check-rules.ts): content:check fails on it, but seeding does not, because the bank's
   * data is sound (a stem with two superlatives is a poor question, not a broken row).
   */
  kind?: "rule";
}

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

export function problemAt(file: string, position: Position, message: string): Problem {
  return { file, line: position.line, column: position.column, message };
}

/** The one-line form every tool prints: `file:line:column  reason`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.severity === "warning" ? "warning: " : ""}${problem.message}`;
}

/** The problems that fail content:check (every one but the warnings). */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity !== "warning");
}

/** The problems that stop seeding: errors in the format, the key or the scenario (not the item-writing rules). */
export function blockingProblemsOf(problems: readonly Problem[]): Problem[] {
  return errorsOf(problems).filter((problem) => problem.kind !== "rule");
}

/** Orders problems by file, then position, so reports are stable across runs. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}
