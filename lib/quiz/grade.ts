// Grading of one answer: pure, so the rules (all-or-nothing, exact count, known letters) are tested without a database.

/** Why a selection cannot be graded; the server refuses it rather than guessing what was meant. */
export type SelectionProblem = "wrongCount" | "tooMany" | "unknownChoice" | "duplicateChoice";

export type SelectionRules = {
  /** The question's choice letters, in file order (A, B, C…). */
  letters: readonly string[];
  /** How many choices the prompt asks for. */
  choose: number;
  /** Exam mode saves unfinished answers (fewer than `choose`); practice grades only complete ones. */
  isPartialAllowed?: boolean;
};

/** The first problem with a selection against a question's rules, or null when it is acceptable. */
export function selectionProblem(selected: readonly string[], rules: SelectionRules): SelectionProblem | null {
  if (new Set(selected).size !== selected.length) return "duplicateChoice";
  if (selected.some((letter) => !rules.letters.includes(letter))) return "unknownChoice";
  if (selected.length > rules.choose) return "tooMany";
  if (!rules.isPartialAllowed && selected.length !== rules.choose) return "wrongCount";
  return null;
}

/** All-or-nothing: correct only when the selection is exactly the key (no partial credit for multi-select). */
export function isSelectionCorrect(selected: readonly string[], keyLetters: readonly string[]): boolean {
  if (selected.length !== keyLetters.length) return false;
  const key = new Set(keyLetters);
  return selected.every((letter) => key.has(letter)) && new Set(selected).size === key.size;
}

/** Letters in A, B, C order, so a stored selection does not depend on the order of clicks. */
export function sortLetters(letters: readonly string[]): string[] {
  return [...letters].sort();
}
