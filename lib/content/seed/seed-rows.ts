import type { Db } from "../../db-client";
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

// Why raw SQL rather than createMany / update: a 10,000-question bank is ~125k rows. Through createMany, Prisma spent
// ~150 µs a row building and serializing them (over 20 s of the bench's 30 s budget, more under load), and one
// update per changed question is a round trip each. One statement over unnest(arrays) per batch takes ~20 µs a row.
// They are tagged templates: every value is a bound parameter, nothing is spliced into the SQL text.

/** The Question columns as parallel arrays; topics (text[]) travel as JSON text, since unnest would flatten them. */
function questionColumns(questions: readonly SeedQuestion[]) {
  const column = <T>(pick: (question: SeedQuestion) => T): T[] => questions.map(pick);
  return {
    id: column((q) => q.id),
    examId: column((q) => q.examId),
    domainId: column((q) => q.domainId),
    task: column((q) => q.task),
    difficulty: column((q) => q.difficulty),
    choose: column((q) => q.choose),
    topics: column((q) => JSON.stringify(q.topics)),
    contentHash: column((q) => q.contentHash),
    sourcePath: column((q) => q.sourcePath),
    hasScenario: column((q) => q.scenario !== null),
    scenario: column((q) => (q.scenario === null ? null : JSON.stringify(q.scenario))),
    variables: column((q) => (q.variables === null ? null : JSON.stringify(q.variables))),
  };
}

export async function insertQuestions(tx: RawTx, questions: readonly SeedQuestion[]): Promise<number> {
  const c = questionColumns(questions);
  return tx.$executeRaw`INSERT INTO "Question" ("id", "examId", "domainId", "task", "difficulty", "choose", "topics",
      "contentHash", "sourcePath", "hasScenario", "scenario", "variables", "updatedAt")
    SELECT id, e, d, t, df, ch, ARRAY(SELECT jsonb_array_elements_text(tp::jsonb)), h, sp, hs, sc::jsonb, v::jsonb, now()
    FROM unnest(${c.id}::text[], ${c.examId}::text[], ${c.domainId}::text[], ${c.task}::text[], ${c.difficulty}::text[],
      ${c.choose}::int[], ${c.topics}::text[], ${c.contentHash}::text[], ${c.sourcePath}::text[], ${c.hasScenario}::boolean[],
      ${c.scenario}::text[], ${c.variables}::text[]) AS u(id, e, d, t, df, ch, tp, h, sp, hs, sc, v)`;
}

/** Rewrites existing question rows (a changed hash, or a retired question back in the bank: it is served again). */
export async function updateQuestions(tx: RawTx, questions: readonly SeedQuestion[]): Promise<number> {
  const c = questionColumns(questions);
  return tx.$executeRaw`UPDATE "Question" AS q SET "examId" = u.e, "domainId" = u.d, "task" = u.t, "difficulty" = u.df,
      "choose" = u.ch, "topics" = ARRAY(SELECT jsonb_array_elements_text(u.tp::jsonb)), "contentHash" = u.h,
      "sourcePath" = u.sp, "hasScenario" = u.hs, "scenario" = u.sc::jsonb, "variables" = u.v::jsonb, "retiredAt" = NULL,
      "updatedAt" = now()
    FROM unnest(${c.id}::text[], ${c.examId}::text[], ${c.domainId}::text[], ${c.task}::text[], ${c.difficulty}::text[],
      ${c.choose}::int[], ${c.topics}::text[], ${c.contentHash}::text[], ${c.sourcePath}::text[], ${c.hasScenario}::boolean[],
      ${c.scenario}::text[], ${c.variables}::text[]) AS u(id, e, d, t, df, ch, tp, h, sp, hs, sc, v)
    WHERE q."id" = u.id`;
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
