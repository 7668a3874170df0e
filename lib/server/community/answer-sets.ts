import type { AnswerSetCount } from "@/lib/community/dto";

/** Normalizes letters to one sorted set, so "D,B" and "B,D" are the same answer. */
export function normalizeLetters(letters: readonly string[]): string[] {
  return [...new Set(letters)].sort();
}

/** Counts → shares, most chosen first (ties in letter order), the key marked. */
export function tallyAnswerSets(
  rows: { letters: string[]; count: number }[],
  key: readonly string[],
): AnswerSetCount[] {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const keyText = normalizeLetters(key).join(",");
  return rows
    .map((row) => ({ letters: normalizeLetters(row.letters), count: row.count }))
    .sort((a, b) => b.count - a.count || a.letters.join(",").localeCompare(b.letters.join(",")))
    .map((row) => ({ ...row, share: total === 0 ? 0 : row.count / total, isKey: row.letters.join(",") === keyText }));
}
