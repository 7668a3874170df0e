import { createHash } from "node:crypto";
import type { JsonObject, JsonValue } from "../parse/json";
import type { BankQuestion } from "../parse/load-bank";
import type { Reference } from "../parse/question-schema";

/** Everything the seeder writes for one question, in every language. */
export interface SeedQuestion {
  id: string;
  examId: string;
  /** `<exam>:<domain slug>`, the Domain row's id. */
  domainId: string;
  task: string | null;
  difficulty: string;
  choose: number;
  topics: string[];
  sourcePath: string;
  scenario: JsonObject | null;
  /** The declared variables (checked by check-variants.ts), as written; null when the question declares none. */
  variables: JsonValue | null;
  texts: { lang: string; stemHtml: string; explanationHtml: string; references: Reference[] }[];
  choices: { letter: string; position: number; isCorrect: boolean; texts: { lang: string; html: string; explanationHtml: string }[] }[];
  /** sha-256 over all of the above: equal hashes mean the rows in the database need no write. */
  contentHash: string;
}

/** Builds the rows of a question from its files (the primary and its translations) and hashes them. */
export function toSeedQuestion(question: BankQuestion, scenario: JsonObject | null): SeedQuestion {
  const { primary, translations } = question;
  const meta = primary.frontMatter;
  const files = [primary, ...translations];
  const content: Omit<SeedQuestion, "contentHash"> = {
    id: question.id,
    examId: meta.exam,
    domainId: `${meta.exam}:${meta.domain}`,
    task: meta.task ?? null,
    difficulty: meta.difficulty,
    choose: meta.choose,
    topics: meta.topics,
    sourcePath: primary.file,
    scenario,
    variables: meta.variables === undefined ? null : (JSON.parse(JSON.stringify(meta.variables)) as JsonValue),
    texts: files.map((file) => ({
      lang: file.lang,
      stemHtml: file.stemHtml,
      explanationHtml: file.explanationHtml,
      references: (file.frontMatter.references ?? meta.references).map(({ title, url }) => ({ title, url })),
    })),
    choices: primary.choices.map((choice, index) => ({
      letter: choice.letter,
      position: index,
      isCorrect: choice.isCorrect,
      texts: files.flatMap((file) => {
        const text = file.choices[index];
        return text ? [{ lang: file.lang, html: text.html, explanationHtml: text.explanationHtml }] : [];
      }),
    })),
  };
  return { ...content, contentHash: hashContent(content) };
}

/** sha-256 (hex) of a value's JSON form; object keys are sorted so the hash does not depend on construction order. */
export function hashContent(value: unknown): string {
  return createHash("sha256").update(stableStringify(value)).digest("hex");
}

function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
