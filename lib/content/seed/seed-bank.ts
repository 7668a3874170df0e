import type { Db } from "../../db-client";
import type { SeedQuestion } from "./content-hash";
import type { ExamDefinition } from "../parse/exam-schema";
import { childRowsOf, insertChoices, insertChoiceTexts, insertQuestions, insertQuestionTexts, updateQuestions } from "./seed-rows";

export interface SeedInput {
  exams: readonly ExamDefinition[];
  questions: readonly SeedQuestion[];
}

export interface SeedSummary {
  added: number;
  updated: number;
  unchanged: number;
  retired: number;
}

export interface SeedProgress {
  phase: "compare" | "write";
  done: number;
  total: number;
}

export interface SeedOptions {
  onProgress?: (progress: SeedProgress) => void;
  /** The retirement time (injected for tests). */
  now?: Date;
}

/** The tables the seeder writes, as seen inside a transaction of the app's client. */
type Tx = Pick<Db, "exam" | "examSet" | "domain" | "question" | "questionText" | "choice" | "$executeRaw">;

/** Rows per unnest statement, and ids per `IN (…)` list. */
const RAW_CHUNK_ROWS = 5000;
const CHUNK_ROWS = 1000;
/** Generous: a first seed of a 10,000-question bank writes about 125k rows, and nothing may be left half-written. */
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/**
 * Writes a validated bank in one transaction: new questions are added, questions whose content hash changed are
 * rewritten, absent ones retired (kept for attempt history), unchanged ones not touched.
 */
export async function seedBank(prisma: Db, input: SeedInput, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  return prisma.$transaction(
    async (tx) => {
      // Two app servers starting at once both seed: the second waits here, then finds everything unchanged,
      // instead of failing on the first one's new rows.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kaisetsu:seed-bank'))`;
      await upsertExams(tx, input.exams);
      const existing = await tx.question.findMany({ select: { id: true, contentHash: true, retiredAt: true } });
      const existingById = new Map(existing.map((row) => [row.id, row]));
      const added: SeedQuestion[] = [];
      const updated: SeedQuestion[] = [];
      for (const question of input.questions) {
        const row = existingById.get(question.id);
        if (!row) added.push(question);
        else if (row.contentHash !== question.contentHash || row.retiredAt !== null) updated.push(question);
      }
      const bankIds = new Set(input.questions.map((question) => question.id));
      const retiredIds = existing.filter((row) => row.retiredAt === null && !bankIds.has(row.id)).map((row) => row.id);
      options.onProgress?.({ phase: "compare", done: input.questions.length, total: input.questions.length });

      const rewritten = [...updated, ...added];
      const children = childRowsOf(rewritten);
      const total =
        rewritten.length + children.texts.length + children.choices.length + children.choiceTexts.length + retiredIds.length;
      let done = 0;
      const advance = (rows: number) => options.onProgress?.({ phase: "write", done: (done += rows), total });

      for (const chunk of chunks(updated, RAW_CHUNK_ROWS)) {
        const ids = chunk.map((question) => question.id);
        // Choice texts go with their choices (onDelete: Cascade); all child rows are rebuilt below.
        await tx.choice.deleteMany({ where: { questionId: { in: ids } } });
        await tx.questionText.deleteMany({ where: { questionId: { in: ids } } });
        advance(await updateQuestions(tx, chunk));
      }
      for (const chunk of chunks(added, RAW_CHUNK_ROWS)) advance(await insertQuestions(tx, chunk));
      for (const chunk of chunks(children.texts, RAW_CHUNK_ROWS)) advance(await insertQuestionTexts(tx, chunk));
      for (const chunk of chunks(children.choices, RAW_CHUNK_ROWS)) advance(await insertChoices(tx, chunk));
      for (const chunk of chunks(children.choiceTexts, RAW_CHUNK_ROWS)) advance(await insertChoiceTexts(tx, chunk));
      for (const ids of chunks(retiredIds, CHUNK_ROWS)) {
        advance((await tx.question.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } })).count);
      }
      return {
        added: added.length,
        updated: updated.length,
        unchanged: input.questions.length - added.length - updated.length,
        retired: retiredIds.length,
      };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
}

async function upsertExams(tx: Tx, exams: readonly ExamDefinition[]): Promise<void> {
  for (const exam of exams) {
    const data = {
      code: exam.code,
      titleJa: exam.title.ja,
      titleEn: exam.title.en,
      questionCount: exam.questionCount,
      minutes: exam.minutes,
      extensionMinutes: exam.extensionMinutes,
      passingScore: exam.passingScore,
    };
    await tx.exam.upsert({ where: { id: exam.id }, create: { id: exam.id, ...data }, update: data });
    for (const [position, domain] of exam.domains.entries()) {
      const domainData = { titleJa: domain.title.ja, titleEn: domain.title.en, weight: domain.weight, position };
      await tx.domain.upsert({
        where: { id: `${exam.id}:${domain.id}` },
        create: { id: `${exam.id}:${domain.id}`, examId: exam.id, slug: domain.id, ...domainData },
        update: domainData,
      });
    }
    // The fixed mock sets are rewritten whole (a few rows); attempts keep only the set's number.
    await tx.examSet.deleteMany({ where: { examId: exam.id } });
    const sets = exam.sets ?? [];
    if (sets.length > 0) {
      await tx.examSet.createMany({ data: sets.map((set) => ({ examId: exam.id, number: set.number, questionIds: set.questions })) });
    }
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}
