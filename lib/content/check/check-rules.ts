import { rulesOf, type ExamDefinition } from "../parse/exam-schema";
import type { BankQuestion, LoadedBank } from "../parse/load-bank";
import type { ParsedQuestionFile } from "../parse/parse-question";
import { problemAt, type Position, type Problem } from "../parse/problem";
import { indicesOf, positionAtOffset, proseOf, type Prose } from "./prose";

/**
 * The item-writing rules of the bank (content/README.md, "Item-writing rules"), as far as a program can check them:
 * front matter (task, verified, fact, an AWS reference), the number of choices, the stem's one qualifier and its
 * です・ます question sentence, the term list, an English file per question, at most two questions per fact.
 */

/** The qualifiers a stem may use: exactly one per stem, written exactly like this. */
export const QUALIFIERS: readonly { ja: string; en: string }[] = [
  { ja: "運用上のオーバーヘッドが最も少ない", en: "LEAST operational overhead" },
  { ja: "最もコスト効率が高い", en: "MOST cost-effective" },
  { ja: "最も可用性が高い", en: "HIGHEST availability" },
  { ja: "最もパフォーマンスが高い", en: "HIGHEST performance" },
  { ja: "最もセキュアな", en: "MOST secure" },
  { ja: "最もレイテンシーが低い", en: "LOWEST latency" },
  { ja: "最も耐障害性が高い", en: "MOST fault-tolerant" },
  { ja: "変更が最も少ない", en: "FEWEST changes" },
  { ja: "ダウンタイムが最も短い", en: "LEAST downtime" },
];

/** The required-steps form (multiple response, "every step that is necessary"): no superlative then. */
export const REQUIRED_STEPS: { ja: readonly string[]; en: readonly string[] } = {
  ja: ["必要な手順はどれですか", "必要な設定はどれですか"],
  en: ["Which steps are required", "Which configuration changes are required"],
};

const EN_SUPERLATIVE = /\b(?:LEAST|MOST|HIGHEST|LOWEST|FEWEST)\b/g;
const JA_SUPERLATIVE = "最も";

/** The term list (ja): the left form, never a variant. A variant is a string or a pattern. */
export const TERMS: readonly { use: string; variants: readonly (string | RegExp)[] }[] = [
  { use: "運用上のオーバーヘッド", variants: ["運用オーバーヘッド", "オペレーショナルオーバーヘッド", "運用負荷が最も"] },
  { use: "レイテンシー", variants: [/レイテンシ(?!ー)/] },
  { use: "最小ストレージ期間", variants: ["最低保存期間", "最小保存期間"] },
  { use: "セキュリティグループ", variants: ["セキュリティーグループ"] },
  { use: "ネットワーク ACL", variants: ["ネットワークACL"] },
  { use: "エフェメラルポート", variants: ["エフェメラル・ポート", "一時ポート"] },
  { use: "アベイラビリティーゾーン", variants: ["アベイラビリティゾーン"] },
];

/** Hosts of AWS documentation: every question cites at least one page there (unless its exam.yaml says otherwise). */
export const AWS_DOCUMENTATION_HOSTS: readonly string[] = ["docs.aws.amazon.com", "aws.amazon.com"];

export interface CheckRulesOptions {
  /** Today as YYYY-MM-DD: `verified` may not be later. Default: today in Japan (UTC+9), where the writers are ahead of UTC. */
  today?: string;
  /** A missing English file is an error (CI) rather than a warning. Default: false. */
  isTranslationRequired?: boolean;
}

export function checkRules(bank: Pick<LoadedBank, "exams" | "questions">, options: CheckRulesOptions = {}): Problem[] {
  const today = options.today ?? new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  const examsByFolder = new Map(bank.exams.map((exam) => [exam.folder, exam]));
  const problems: Problem[] = [];
  for (const question of bank.questions) {
    const exam = examsByFolder.get(question.folder);
    if (!exam) continue;
    const { definition } = exam;
    problems.push(...checkFrontMatter(question, definition, exam.file, today));
    for (const file of [question.primary, ...question.translations]) {
      problems.push(...checkChoiceCount(file));
      problems.push(...checkExplanationLabels(file));
      problems.push(...checkStem(file, rulesOf(definition).qualifier));
    }
    problems.push(...checkTerms(question.primary));
    problems.push(...checkExplanationProse(question.primary));
    if (!question.translations.some((translation) => translation.lang === "en")) {
      const { primary } = question;
      const message = `no English translation: add ${question.id}.en.md (same id, exam, domain, choose, choices and [x] marks; lang: en)`;
      const problem = problemAt(primary.file, primary.positions.id, message);
      problems.push(options.isTranslationRequired ? problem : { ...problem, severity: "warning" });
    }
  }
  problems.push(...checkFactCounts(bank.questions));
  return problems.map((problem) => ({ ...problem, kind: "rule" }));
}

function checkFrontMatter(question: BankQuestion, exam: ExamDefinition, examFile: string, today: string): Problem[] {
  const problems: Problem[] = [];
  const { file, frontMatter, positions } = question.primary;
  const report = (position: Position, message: string) => problems.push(problemAt(file, position, message));

  const tasks = exam.tasks ?? [];
  if (frontMatter.task === undefined) {
    if (rulesOf(exam).task === "required") {
      report(positions.frontMatter, `missing field \`task\`: the exam guide's task statement the stem's requirement tests, e.g. task: "1.2" (the list is in ${examFile})`);
    }
  } else if (tasks.length > 0) {
    const task = tasks.find((candidate) => candidate.id === frontMatter.task);
    if (!task) {
      report(positions.task, `task "${frontMatter.task}" is not a task statement of ${exam.id} (${tasks.map((t) => t.id).join(", ")}; see ${examFile})`);
    } else if (task.domain !== frontMatter.domain) {
      report(positions.task, `task ${task.id} belongs to domain "${task.domain}" but the question's domain is "${frontMatter.domain}": tag both by the requirement the stem tests`);
    }
  }

  if (frontMatter.verified === undefined) {
    report(positions.frontMatter, "missing field `verified`: the date the facts were checked against the current AWS documentation, e.g. verified: 2026-11-30");
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(frontMatter.verified) || !isCalendarDate(frontMatter.verified)) {
    report(positions.verified, `verified ${frontMatter.verified} is not a date: write YYYY-MM-DD`);
  } else if (frontMatter.verified > today) {
    report(positions.verified, `verified ${frontMatter.verified} is in the future (today is ${today}): write the date you checked the facts`);
  }

  if (frontMatter.fact === undefined) {
    report(positions.frontMatter, "missing field `fact`: one kebab-case tag naming the atomic fact the key rests on, e.g. fact: nacl-stateless-return-traffic");
  } else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(frontMatter.fact)) {
    report(positions.fact, `fact "${frontMatter.fact}" is not one lowercase kebab-case tag, e.g. nacl-stateless-return-traffic`);
  }

  if (rulesOf(exam).awsReference === "required") {
    const isAws = (url: string) => {
      try {
        return AWS_DOCUMENTATION_HOSTS.includes(new URL(url).hostname);
      } catch {
        return false;
      }
    };
    if (!(frontMatter.references ?? []).some((reference) => isAws(reference.url))) {
      report(positions.references, `no AWS documentation reference: cite at least one page on ${AWS_DOCUMENTATION_HOSTS.join(" or ")} that you checked`);
    }
  }
  return problems;
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** 4 choices for a single answer, 5 for "choose two", 5 or 6 for "choose three". */
function checkChoiceCount(file: ParsedQuestionFile): Problem[] {
  const count = file.choices.length;
  const choose = file.frontMatter.choose;
  // Outside 4–6 the format check already reports it.
  if (count < 4 || count > 6) return [];
  const allowed = choose === 1 ? [4] : choose === 2 ? [5] : [5, 6];
  if (allowed.includes(count)) return [];
  const kind = choose === 1 ? "a single-answer question" : `a "choose ${choose}" question`;
  return [problemAt(file.file, file.choicesPosition, `${kind} has ${allowed.join(" or ")} choices, found ${count}`)];
}

/** The word an explanation starts with says whether the choice is right; it must agree with the choice's mark. */
export const EXPLANATION_LABELS = {
  ja: { right: ["正解", "必要"], wrong: ["不正解", "不要", "誤り", "有害", "不十分", "不適切"] },
  en: { right: ["Correct", "Required", "Needed"], wrong: ["Incorrect", "Wrong", "Unnecessary", "Harmful", "Insufficient", "Not needed"] },
} as const;

function checkExplanationLabels(file: ParsedQuestionFile): Problem[] {
  const labels = EXPLANATION_LABELS[file.lang];
  const problems: Problem[] = [];
  const startsWith = (text: string, words: readonly string[]) =>
    // "不正解" starts with neither "正解" nor "不要": the longest label that matches wins.
    [...words].sort((a, b) => b.length - a.length).find((word) => text.startsWith(word) && !/^[a-z]/.test(text.slice(word.length)));
  for (const choice of file.choices) {
    const text = choice.explanationHtml.replace(/<[^>]*>/g, "").trim();
    if (text.length === 0) continue; // "no explanation" is the format check's
    const right = startsWith(text, labels.right);
    const wrong = startsWith(text, labels.wrong);
    const said = right && wrong ? (right.length > wrong.length ? "right" : "wrong") : right ? "right" : wrong ? "wrong" : null;
    const mark = choice.isCorrect ? "[x]" : "[ ]";
    if (said === null) {
      const first = file.lang === "ja" ? "「正解。」 or 「不正解。」 (multiple response: 必要 / 不要 / 誤り / 有害)" : '"Correct." or "Incorrect." (multiple response: Required / Unnecessary / Wrong / Harmful)';
      problems.push(problemAt(file.file, choice.position, `choice ${choice.letter}: start its explanation with ${first}`));
    } else if ((said === "right") !== choice.isCorrect) {
      const word = said === "right" ? right : wrong;
      problems.push(problemAt(file.file, choice.position, `choice ${choice.letter} is marked ${mark} but its explanation starts "${word}": the mark or the explanation is wrong`));
    }
  }
  return problems;
}

/** The stem's prose without the "(2 つ選択)" / "(Choose two.)" hint, and where its question sentence starts. */
export function stemProse(file: ParsedQuestionFile): { prose: Prose; end: number; questionStart: number } | null {
  if (!file.stemSpan) return null;
  const prose = proseOf(file.source, file.stemSpan, file.codeSpans);
  const hint = /[(（]\s*\d+\s*つ選択\s*[)）]|\(\s*Choose \w+\.?\s*\)/i.exec(prose.text);
  let end = hint ? hint.index : prose.text.length;
  while (end > 0 && /\s/.test(prose.text[end - 1] ?? "")) end -= 1;
  // Data after the question (a list of addresses, a table) is not the question sentence: when the stem ends in a
  // paragraph without a sentence end, the question is the last sentence before it.
  const enders = file.lang === "ja" ? "。？" : "?.";
  let questionEnd = end;
  for (let index = end - 1; index >= 0; index -= 1) {
    const char = prose.text[index] ?? "";
    if (enders.includes(char)) break;
    if (char === "\n") {
      const before = prose.text.slice(0, index).trimEnd();
      if (before.length > 0 && enders.includes(before[before.length - 1] ?? "")) questionEnd = before.length;
      break;
    }
  }
  const terminators = file.lang === "ja" ? /[。？！\n]/ : /[.?!\n]/;
  let start = questionEnd - 1;
  while (start > 0 && !terminators.test(prose.text[start - 1] ?? "")) start -= 1;
  if (start < 0) start = 0;
  while (start < questionEnd && /\s/.test(prose.text[start] ?? "")) start += 1;
  return { prose, end: questionEnd, questionStart: start };
}

function checkStem(file: ParsedQuestionFile, qualifierRule: "required" | "optional"): Problem[] {
  const stem = stemProse(file);
  if (!stem) return [];
  const problems: Problem[] = [];
  const { prose, end, questionStart } = stem;
  const text = prose.text.slice(0, end);
  const at = (index: number) => positionAtOffset(file.source, prose.offsets[Math.min(index, prose.offsets.length - 1)] ?? 0);
  const report = (index: number, message: string) => problems.push(problemAt(file.file, at(index), message));
  const isJa = file.lang === "ja";
  const listed = QUALIFIERS.map((qualifier) => (isJa ? qualifier.ja : qualifier.en));
  const listText = listed.map((phrase) => (isJa ? `「${phrase}」` : `"${phrase}"`)).join(", ");
  const stepsForms = isJa ? REQUIRED_STEPS.ja : REQUIRED_STEPS.en;
  const steps = stepsForms.flatMap((phrase) => indicesOf(text, phrase));
  const superlatives = isJa ? indicesOf(text, JA_SUPERLATIVE) : indicesOf(text, EN_SUPERLATIVE);
  const qualifiers = listed.flatMap((phrase) => indicesOf(text, phrase));
  const excerpt = (index: number) => text.slice(index, index + (isJa ? 14 : 30)).replace(/\s+/g, " ");

  if (steps.length > 0) {
    const [first] = superlatives;
    if (first) report(first.index, `the required-steps form ("${stepsForms[0]}") takes no superlative: remove "${first.match}"`);
    if (qualifierRule === "required" && file.frontMatter.choose === 1 && steps[0]) {
      report(steps[0].index, `the required-steps form is for multiple-response questions: a single-answer stem has exactly one qualifier (${listText})`);
    }
  } else if (superlatives.length === 0) {
    const lowerCase = isJa ? [] : listed.flatMap((phrase) => indicesOf(text.toLowerCase(), phrase.toLowerCase()));
    if (lowerCase[0]) {
      report(lowerCase[0].index, `write the qualifier in upper case as the exam does: "${listed.find((phrase) => phrase.toLowerCase() === lowerCase[0]?.match)}"`);
    } else if (qualifierRule === "required") {
      const stepsText = stepsForms.map((phrase) => `"${phrase}"`).join(" / ");
      report(questionStart, `no qualifier in the stem: write exactly one of ${listText}, or the required-steps form ${stepsText} (multiple response)`);
    }
  } else {
    const [first, second] = superlatives;
    if (second) report(second.index, `a second superlative ("${excerpt(second.index)}…"): a stem has exactly one qualifier`);
    // Without the SAA qualifier rule (network-basics), "the MOST likely cause" is a fair question: only one, though.
    if (first && qualifiers.length === 0 && qualifierRule === "required") {
      report(first.index, `"${excerpt(first.index)}…" is not a listed qualifier: write exactly one of ${listText}`);
    }
  }

  if (isJa) {
    const isData = (index: number) => {
      const offset = prose.offsets[index] ?? 0;
      return file.stemDataSpans.some((span) => span.start <= offset && offset < span.end);
    };
    checkPoliteSentences(text, questionStart, isData, report);
  }
  return problems;
}

/**
 * A sentence as its grammar ends: Markdown links read as their text, and a closing parenthesis, bracket or quote
 * before 「。」 (「…します (詳しくは [ページ](url))。」) does not end the sentence: look before it.
 */
function grammaticalEnd(sentence: string): string {
  let text = sentence.replace(/!?\[([^\]]*)\]\([^)\s]*\)/g, "$1").trim();
  for (;;) {
    const last = text[text.length - 1];
    if (last === "」" || last === "』" || last === '"') {
      text = text.slice(0, -1).trim();
      continue;
    }
    if (last !== ")" && last !== "）") return text;
    // Drop the trailing parenthetical, nested ones included.
    let depth = 0;
    let index = text.length - 1;
    for (; index >= 0; index -= 1) {
      const char = text[index];
      if (char === ")" || char === "）") depth += 1;
      else if ((char === "(" || char === "（") && --depth === 0) break;
    }
    if (index <= 0) return text;
    text = text.slice(0, index).trim();
  }
}

const POLITE_END = /(?:です|ます|ました|でした|ません|でしょう|ください|ましょう)か?$/;

/** The question sentence ends with 「ですか。」 or 「ますか。」; every other sentence of the stem ends in です・ます. */
function checkPoliteSentences(
  text: string,
  questionStart: number,
  isData: (index: number) => boolean,
  report: (index: number, message: string) => void,
): void {
  const question = text.slice(questionStart).trim();
  if (!/(?:です|ます)か。$/.test(question)) {
    const ending = question.slice(-8).replace(/\s+/g, " ").trim();
    report(Math.max(questionStart, questionStart + question.length - 1), `the question sentence ends "…${ending}": end it in です・ます with 「ですか。」 or 「ますか。」 (e.g. 「…はどれですか。」)`);
  }
  let sentenceStart = 0;
  for (let index = 0; index < questionStart; index += 1) {
    if (text[index] !== "。") continue;
    // A closing bracket or quote before 。 does not end the sentence's grammar: look before it.
    const sentence = grammaticalEnd(text.slice(sentenceStart, index));
    if (sentence.length > 0 && !isData(index) && !POLITE_END.test(sentence)) {
      report(index - 1, `not です・ます: the sentence ends "…${sentence.slice(-8).replace(/\s+/g, " ").trim()}。"; write the stem in です・ます (e.g. 「…しています。」)`);
    }
    sentenceStart = index + 1;
  }
}

/** The labels an explanation starts with (「正解。」「不正解。」…): a sentence of one word, not prose. */
const LABELS = /^(?:正解|不正解|不要|必要|誤り|有害|不適切|正しい|不十分|十分|無関係|逆効果)$/;

/** Every 。-sentence of the explanation paragraphs (under the choices, and in 解説) ends in です・ます. */
function checkExplanationProse(file: ParsedQuestionFile): Problem[] {
  const problems: Problem[] = [];
  for (const span of file.explanationSpans) {
    const prose = proseOf(file.source, span, file.codeSpans);
    let sentenceStart = 0;
    for (let index = 0; index < prose.text.length; index += 1) {
      if (prose.text[index] !== "。") continue;
      const sentence = grammaticalEnd(prose.text.slice(sentenceStart, index));
      sentenceStart = index + 1;
      if (sentence.length === 0 || LABELS.test(sentence) || POLITE_END.test(sentence)) continue;
      const position = positionAtOffset(file.source, prose.offsets[index] ?? 0);
      const ending = sentence.slice(-8).replace(/\s+/g, " ").trim();
      problems.push(problemAt(file.file, position, `not です・ます: the explanation sentence ends "…${ending}。"; write explanations in です・ます`));
    }
  }
  return problems;
}

/** The term list, over the Japanese file's body (code excluded). */
function checkTerms(file: ParsedQuestionFile): Problem[] {
  if (file.lang !== "ja") return [];
  const prose = proseOf(file.source, { start: file.bodyStart, end: file.source.length }, file.codeSpans);
  const problems: Problem[] = [];
  for (const term of TERMS) {
    for (const variant of term.variants) {
      for (const found of indicesOf(prose.text, variant)) {
        const position = positionAtOffset(file.source, prose.offsets[found.index] ?? 0);
        problems.push(problemAt(file.file, position, `term: write 「${term.use}」, not 「${found.match}」 (the term list in content/README.md)`));
      }
    }
  }
  return problems;
}

/** At most two questions, across all banks, rest on one fact. */
function checkFactCounts(questions: readonly BankQuestion[]): Problem[] {
  const byFact = new Map<string, BankQuestion[]>();
  for (const question of questions) {
    const fact = question.primary.frontMatter.fact;
    if (fact) byFact.set(fact, [...(byFact.get(fact) ?? []), question]);
  }
  const problems: Problem[] = [];
  for (const [fact, group] of byFact) {
    if (group.length <= 2) continue;
    const sorted = [...group].sort((a, b) => (a.id < b.id ? -1 : 1));
    const ids = sorted.map((question) => question.id).join(", ");
    for (const question of sorted.slice(2)) {
      const message = `fact "${fact}" is shared by ${group.length} questions (${ids}): at most two may rest on one fact; test another fact or retire one`;
      problems.push(problemAt(question.primary.file, question.primary.positions.fact, message));
    }
  }
  return problems;
}
