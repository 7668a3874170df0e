import { stemProse } from "../check/check-rules";
import { rulesOf, type NotKeyable } from "../parse/exam-schema";
import type { BankQuestion, LoadedBank } from "../parse/load-bank";

/**
 * The bank's shape against the targets in each exam.yaml (content:stats, printed by npm test in CI). Informative only:
 * the rules a question must meet are check-rules.ts's; these figures are for whoever plans the next questions.
 * Definitions (also in content/README.md):
 * - key is longest: a single-answer question whose key (Japanese text, in characters) is at least as long as every
 *   distractor (a tie counts: the cue is "the longest one"); multiple-response questions are not counted.
 * - plumbing: a question with one of the exam's `plumbing.topics` whose key (any `- [x]` choice, Japanese text) matches
 *   `plumbing.keyPattern` (the answer edits a rule, a route or a port range).
 * - key letters: the letters of the single-answer keys; balanced when each letter has 25 % ± 10 points.
 * - a service family is "in a key" when a question of the exam has one of its topic tags (tag the services the key uses).
 * - stem length: the Japanese stem up to its question sentence, without spaces and line breaks, in characters; the
 *   rules ask for "about 150–300", so the figure has no ✓ / ✗.
 */

/** The rules' "about 150–300 Japanese characters" per stem. */
export const STEM_LENGTH = { min: 150, max: 300 } as const;

/** Length of the Japanese stem (see above), or null without a stem. */
export function stemLength(question: BankQuestion): number | null {
  const stem = stemProse(question.primary);
  return stem ? [...stem.prose.text.slice(0, stem.end).replace(/\s+/g, "")].length : null;
}

export interface Counted {
  id: string;
  count: number;
  /** The target (a domain) or the minimum (a task), when exam.yaml sets one. */
  target?: number;
}

export interface Share {
  count: number;
  of: number;
  /** Percent, 0 when `of` is 0. */
  percent: number;
}

export interface ExamStats {
  exam: string;
  code: string;
  total: number;
  totalTarget?: number;
  domains: Counted[];
  tasks: Counted[];
  /** Questions without a task. */
  untagged: string[];
  multipleResponse: Share & { min?: number; max?: number };
  keyLongest: Share & { max?: number };
  plumbing: (Share & { max?: number; ids: string[] }) | null;
  withoutEnglish: string[];
  keyLetters: { letter: string; count: number }[];
  isKeyLetterBalanced: boolean;
  /**
   * Null when the exam lists no service families. `missing` and `of` count only the keyable families; the ones AWS
   * closed to new customers (`notKeyable` in exam.yaml) are listed apart, with their source, and never missing;
   * `keyedIn` names the questions that still tag one (a key no new learner can build: rewrite it).
   */
  familiesNeverInKey: { missing: string[]; of: number; notKeyable: ({ name: string; keyedIn: string[] } & NotKeyable)[] } | null;
  /** Stems outside STEM_LENGTH, with their length. */
  stemsOutsideLength: { id: string; length: number }[];
  /** Whether the exam has the SAA qualifier rule (for the reader: network-basics has not). */
  qualifier: "required" | "optional";
}

export interface BankStats {
  exams: ExamStats[];
  /** Facts with more than two questions, across all banks. */
  overusedFacts: { fact: string; ids: string[] }[];
}

const length = (text: string) => [...text].length;
const share = (count: number, of: number): Share => ({ count, of, percent: of === 0 ? 0 : (count / of) * 100 });

export function isKeyLongest(question: BankQuestion): boolean {
  const { choices } = question.primary;
  const keys = choices.filter((choice) => choice.isCorrect);
  if (keys.length !== 1 || !keys[0]) return false;
  const keyLength = length(keys[0].text);
  return choices.every((choice) => choice.isCorrect || length(choice.text) <= keyLength);
}

export function isPlumbing(question: BankQuestion, plumbing: { topics: readonly string[]; keyPattern: string }): boolean {
  const topics = question.primary.frontMatter.topics;
  if (!topics.some((topic) => plumbing.topics.includes(topic))) return false;
  const pattern = new RegExp(plumbing.keyPattern, "u");
  return question.primary.choices.some((choice) => choice.isCorrect && pattern.test(choice.text));
}

export function computeStats(bank: Pick<LoadedBank, "exams" | "questions">): BankStats {
  const exams = bank.exams.map((exam): ExamStats => {
    const { definition } = exam;
    const questions = bank.questions.filter((question) => question.folder === exam.folder);
    const byDomain = (id: string) => questions.filter((question) => question.primary.frontMatter.domain === id).length;
    const byTask = (id: string) => questions.filter((question) => question.primary.frontMatter.task === id).length;
    const single = questions.filter((question) => question.primary.frontMatter.choose === 1);
    const targets = definition.targets ?? {};
    const letters = ["A", "B", "C", "D"].map((letter) => ({
      letter,
      count: single.filter((question) => question.primary.choices.find((choice) => choice.isCorrect)?.letter === letter).length,
    }));
    const plumbingIds = definition.plumbing
      ? questions.filter((question) => isPlumbing(question, definition.plumbing ?? { topics: [], keyPattern: "" })).map((q) => q.id)
      : null;
    const families = definition.serviceFamilies;
    return {
      exam: definition.id,
      code: definition.code,
      total: questions.length,
      ...(targets.total === undefined ? {} : { totalTarget: targets.total }),
      domains: definition.domains.map((domain) => withTarget(domain.id, byDomain(domain.id), domain.target)),
      tasks: (definition.tasks ?? []).map((task) => withTarget(task.id, byTask(task.id), task.minimum)),
      untagged: questions.filter((question) => question.primary.frontMatter.task === undefined).map((question) => question.id),
      multipleResponse: { ...share(questions.length - single.length, questions.length), ...targets.multipleResponse },
      keyLongest: { ...share(single.filter(isKeyLongest).length, single.length), max: targets.keyLongestMax },
      plumbing: plumbingIds ? { ...share(plumbingIds.length, questions.length), max: targets.plumbingMax, ids: plumbingIds } : null,
      withoutEnglish: questions.filter((question) => !question.translations.some((t) => t.lang === "en")).map((question) => question.id),
      keyLetters: letters,
      isKeyLetterBalanced: single.length === 0 || letters.every(({ count }) => Math.abs((count / single.length) * 100 - 25) <= 10),
      familiesNeverInKey: families ? familiesNeverInKey(families, questions) : null,
      qualifier: rulesOf(definition).qualifier,
      stemsOutsideLength: questions
        .map((question) => ({ id: question.id, length: stemLength(question) ?? 0 }))
        .filter(({ length }) => length < STEM_LENGTH.min || length > STEM_LENGTH.max),
    };
  });
  const byFact = new Map<string, string[]>();
  for (const question of bank.questions) {
    const fact = question.primary.frontMatter.fact;
    if (fact) byFact.set(fact, [...(byFact.get(fact) ?? []), question.id]);
  }
  const overusedFacts = [...byFact]
    .filter(([, ids]) => ids.length > 2)
    .map(([fact, ids]) => ({ fact, ids: [...ids].sort() }))
    .sort((a, b) => (a.fact < b.fact ? -1 : 1));
  return { exams, overusedFacts };
}

function familiesNeverInKey(
  families: readonly { name: string; topics: readonly string[]; notKeyable?: NotKeyable }[],
  questions: readonly BankQuestion[],
): NonNullable<ExamStats["familiesNeverInKey"]> {
  const taggedWith = (family: { topics: readonly string[] }) =>
    questions.filter((question) => question.primary.frontMatter.topics.some((topic) => family.topics.includes(topic))).map((q) => q.id);
  const keyable = families.filter((family) => !family.notKeyable);
  return {
    missing: keyable.filter((family) => taggedWith(family).length === 0).map((family) => family.name),
    of: keyable.length,
    notKeyable: families.flatMap((family) =>
      family.notKeyable ? [{ name: family.name, ...family.notKeyable, keyedIn: taggedWith(family).sort() }] : [],
    ),
  };
}

function withTarget(id: string, count: number, target: number | undefined): Counted {
  return target === undefined ? { id, count } : { id, count, target };
}

const OK = "✓";
const NOT_OK = "✗";
const mark = (isOk: boolean) => (isOk ? OK : NOT_OK);
const percent = (value: number) => `${value.toFixed(1)} %`;

/** Lists at most `limit` ids, then "… (N more)". */
function list(ids: readonly string[], limit = 12): string {
  if (ids.length <= limit) return ids.join(", ");
  return `${ids.slice(0, limit).join(", ")}, … (${ids.length - limit} more)`;
}

/** The readable table content:stats prints: one block per exam, ✓ / ✗ against each target. */
export function formatStats(stats: BankStats): string {
  const lines: string[] = [];
  for (const exam of stats.exams) {
    const total = exam.totalTarget === undefined ? "" : `  target ${exam.totalTarget}  ${mark(exam.total >= exam.totalTarget)}`;
    lines.push(`${exam.exam} (${exam.code}): ${exam.total} questions${total}`);
    lines.push(table(["domain", "questions", "target", ""], exam.domains.map((d) => row(d))));
    if (exam.tasks.length > 0) {
      const rows = exam.tasks.map((t) => row(t, "≥"));
      if (exam.untagged.length > 0) rows.push(["(no task)", String(exam.untagged.length), "", ""]);
      lines.push(table(["task", "questions", "minimum", ""], rows));
    }
    const measures: string[][] = [];
    const { multipleResponse: mr, keyLongest: kl } = exam;
    const mrTarget = mr.min !== undefined && mr.max !== undefined;
    measures.push([
      "multiple response",
      `${mr.count} / ${mr.of}`,
      percent(mr.percent),
      mrTarget ? `${mr.min}–${mr.max} %` : "",
      mrTarget ? mark(mr.percent >= (mr.min ?? 0) && mr.percent <= (mr.max ?? 100)) : "",
    ]);
    measures.push([
      "key is longest (single answer)",
      `${kl.count} / ${kl.of}`,
      percent(kl.percent),
      kl.max === undefined ? "" : `≤ ${kl.max} %`,
      kl.max === undefined ? "" : mark(kl.percent <= kl.max),
    ]);
    if (exam.plumbing) {
      const p = exam.plumbing;
      measures.push(["plumbing", `${p.count} / ${p.of}`, percent(p.percent), p.max === undefined ? "" : `≤ ${p.max} %`, p.max === undefined ? "" : mark(p.percent <= p.max)]);
    }
    measures.push(["without English", String(exam.withoutEnglish.length), "", "0", mark(exam.withoutEnglish.length === 0)]);
    if (exam.familiesNeverInKey) {
      const { missing, of } = exam.familiesNeverInKey;
      measures.push(["service families never in a key", `${missing.length} / ${of}`, "", "0", mark(missing.length === 0)]);
    }
    const long = exam.stemsOutsideLength;
    measures.push([`stems outside ${STEM_LENGTH.min}–${STEM_LENGTH.max} characters (ja)`, `${long.length} / ${exam.total}`, "", "about", ""]);
    lines.push(table(["measure", "count", "share", "target", ""], measures));
    const letters = exam.keyLetters.map(({ letter, count }) => `${letter} ${count}`).join(" · ");
    lines.push(`  key letters (single answer): ${letters}  target 25 ± 10 % each  ${mark(exam.isKeyLetterBalanced)}`);
    if (exam.plumbing && exam.plumbing.ids.length > 0) lines.push(`  plumbing: ${list(exam.plumbing.ids)}`);
    if (exam.withoutEnglish.length > 0) lines.push(`  without English: ${list(exam.withoutEnglish)}`);
    if (exam.untagged.length > 0 && exam.tasks.length > 0) lines.push(`  no task: ${list(exam.untagged)}`);
    if (long.length > 0) {
      lines.push(...wrap(`stem length: ${long.map(({ id, length }) => `${id} ${length}`).join(", ")}`, 116).map((line) => `  ${line}`));
    }
    if (exam.familiesNeverInKey && exam.familiesNeverInKey.missing.length > 0) {
      lines.push(...wrap(`never in a key: ${exam.familiesNeverInKey.missing.join(", ")}`, 116).map((line) => `  ${line}`));
    }
    for (const family of exam.familiesNeverInKey?.notKeyable ?? []) {
      const since = family.since ? `, since ${family.since}` : "";
      const keyed = family.keyedIn.length > 0 ? `  ${NOT_OK} still in a key: ${list(family.keyedIn)}` : "";
      lines.push(`  not keyable: ${family.name}: ${family.reason} (${family.source}${since})${keyed}`);
    }
    lines.push("");
  }
  const facts = stats.overusedFacts;
  lines.push(`facts with more than two questions (all banks): ${facts.length === 0 ? `none ${OK}` : `${facts.length} ${NOT_OK}`}`);
  for (const { fact, ids } of facts) lines.push(`  ${fact}: ${ids.join(", ")}`);
  return lines.join("\n");
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function row(counted: Counted, relation = ""): string[] {
  if (counted.target === undefined) return [counted.id, String(counted.count), "", ""];
  return [counted.id, String(counted.count), `${relation}${counted.target}`, mark(counted.count >= counted.target)];
}

/** Columns padded to their widest cell; the first left-aligned, the rest right-aligned, the mark last. */
function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((cells) => [...(cells[column] ?? "")].length)));
  return all
    .map((cells) =>
      `  ${cells
        .map((cell, column) => {
          const pad = " ".repeat((widths[column] ?? 0) - [...cell].length);
          return column === 0 || column === cells.length - 1 ? cell + pad : pad + cell;
        })
        .join("  ")}`.trimEnd(),
    )
    .join("\n");
}
