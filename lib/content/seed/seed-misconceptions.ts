import type { Db } from "../../db-client";
import type { Misconception, MisconceptionTag } from "../check/check-misconceptions";

/**
 * Writes the misconception catalogue and the choice tags of a checked bank, in one transaction: the catalogue is
 * upserted, tags are replaced, and entries no longer in the catalogue are removed. Small (hundreds of rows): no diffing.
 * Tags of questions not in the database (a partial seed) are skipped.
 */
export async function seedMisconceptions(db: Db, input: { catalogue: readonly Misconception[]; tags: readonly MisconceptionTag[] }): Promise<{ misconceptions: number; tags: number }> {
  return db.$transaction(async (tx) => {
    await tx.choiceMisconception.deleteMany({});
    for (const entry of input.catalogue) {
      const data = { nameJa: entry.name.ja, nameEn: entry.name.en, explanationJa: entry.explanation.ja, explanationEn: entry.explanation.en };
      await tx.misconception.upsert({ where: { id: entry.id }, create: { id: entry.id, ...data }, update: data });
    }
    await tx.misconception.deleteMany({ where: { id: { notIn: input.catalogue.map((entry) => entry.id) } } });
    const known = new Set((await tx.question.findMany({ where: { id: { in: input.tags.map((tag) => tag.questionId) } }, select: { id: true } })).map((row) => row.id));
    const rows = input.tags.filter((tag) => known.has(tag.questionId));
    await tx.choiceMisconception.createMany({ data: rows });
    return { misconceptions: input.catalogue.length, tags: rows.length };
  });
}
