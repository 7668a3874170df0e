import type { Db } from "../db-client";
import type { SeedQuestion } from "./content-hash";

/** The child rows of questions being (re)written. */
export interface ChildRows {
  texts: { questionId: string; lang: string; stemHtml: string; explanationHtml: string; references: { title: string; url: string }[] }[];
  choices: { id: string; questionId: string; letter: string; position: number; isCorrect: boolean }[];
  choiceTexts: { choiceId: string; lang: string; html: string; explanationHtml: string }[];
}

export function childRowsOf(questions: readonly SeedQuestion[]): ChildRows {
  return {
    texts: questions.flatMap((question) => question.texts.map((text) => ({ questionId: question.id, ...text }))),
    choices: questions.flatMap((question) =>
      question.choices.map((choice) => ({
        id: `${question.id}:${choice.letter}`,
        questionId: question.id,
        letter: choice.letter,
        position: choice.position,
        isCorrect: choice.isCorrect,
      })),
    ),
    choiceTexts: questions.flatMap((question) =>
      question.choices.flatMap((choice) => choice.texts.map((text) => ({ choiceId: `${question.id}:${choice.letter}`, ...text }))),
    ),
  };
}

type RawTx = Pick<Db, "$executeRaw">;

// Why raw SQL here, and createMany elsewhere: the child tables hold most of a bank's rows (~115k for 10,000 questions).
// Through createMany, Prisma spent ~150 µs a row building and serializing them (16 s of the bench's 30 s budget);
// one INSERT … SELECT FROM unnest(arrays) per batch takes ~20 µs a row. They are tagged templates: every value is a
// bound parameter, nothing is spliced into the SQL text.

/** New question rows (the Question table itself; updates of existing rows go through Prisma). */
export async function insertQuestions(tx: RawTx, questions: readonly SeedQuestion[]): Promise<number> {
  const column = <T>(pick: (question: SeedQuestion) => T): T[] => questions.map(pick);
  // topics (text[]) travel as JSON text: unnest would flatten an array of arrays.
  return tx.$executeRaw`INSERT INTO "Question" ("id", "examId", "domainId", "task", "difficulty", "choose", "topics",
      "contentHash", "sourcePath", "hasScenario", "scenario", "updatedAt")
    SELECT id, e, d, t, df, c, ARRAY(SELECT jsonb_array_elements_text(tp::jsonb)), h, sp, hs, sc::jsonb, now()
    FROM unnest(${column((q) => q.id)}::text[], ${column((q) => q.examId)}::text[], ${column((q) => q.domainId)}::text[],
      ${column((q) => q.task)}::text[], ${column((q) => q.difficulty)}::text[], ${column((q) => q.choose)}::int[],
      ${column((q) => JSON.stringify(q.topics))}::text[], ${column((q) => q.contentHash)}::text[],
      ${column((q) => q.sourcePath)}::text[], ${column((q) => q.scenario !== null)}::boolean[],
      ${column((q) => (q.scenario === null ? null : JSON.stringify(q.scenario)))}::text[]) AS q(id, e, d, t, df, c, tp, h, sp, hs, sc)`;
}

export async function insertQuestionTexts(tx: RawTx, rows: ChildRows["texts"]): Promise<number> {
  return tx.$executeRaw`INSERT INTO "QuestionText" ("questionId", "lang", "stemHtml", "explanationHtml", "references")
    SELECT q, l, s, e, r::jsonb FROM unnest(${rows.map((row) => row.questionId)}::text[], ${rows.map((row) => row.lang)}::text[],
      ${rows.map((row) => row.stemHtml)}::text[], ${rows.map((row) => row.explanationHtml)}::text[],
      ${rows.map((row) => JSON.stringify(row.references))}::text[]) AS t(q, l, s, e, r)`;
}

export async function insertChoices(tx: RawTx, rows: ChildRows["choices"]): Promise<number> {
  return tx.$executeRaw`INSERT INTO "Choice" ("id", "questionId", "letter", "position", "isCorrect")
    SELECT * FROM unnest(${rows.map((row) => row.id)}::text[], ${rows.map((row) => row.questionId)}::text[],
      ${rows.map((row) => row.letter)}::text[], ${rows.map((row) => row.position)}::int[], ${rows.map((row) => row.isCorrect)}::boolean[])`;
}

export async function insertChoiceTexts(tx: RawTx, rows: ChildRows["choiceTexts"]): Promise<number> {
  return tx.$executeRaw`INSERT INTO "ChoiceText" ("choiceId", "lang", "html", "explanationHtml")
    SELECT * FROM unnest(${rows.map((row) => row.choiceId)}::text[], ${rows.map((row) => row.lang)}::text[],
      ${rows.map((row) => row.html)}::text[], ${rows.map((row) => row.explanationHtml)}::text[])`;
}
