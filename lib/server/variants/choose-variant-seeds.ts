import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_VARIANT_SEED } from "@/lib/netsim/authoring";
import { attemptsOwnedBy } from "@/lib/server/quiz/owned-by";
import type { AttemptRequester } from "@/lib/permissions";
import { findVariant } from "@/lib/server/variants/find-variant";

const SEED_TRIES = 8;

/**
 * Seeds for the questions of a review round or drill: a variant for each networking question with variables that the
 * learner has already answered (graded) before; a fresh question is served as written. A question none of whose
 * tried seeds gives a clean variant is served as written too.
 */
export async function chooseVariantSeeds(
  requester: AttemptRequester,
  questionIds: readonly string[],
): Promise<Map<string, number>> {
  const seeds = new Map<string, number>();
  const owner = attemptsOwnedBy(requester);
  if (!owner || questionIds.length === 0) return seeds;
  const candidates = await db.question.findMany({
    where: {
      id: { in: [...questionIds] },
      variables: { not: Prisma.DbNull },
      attemptItems: { some: { gradedAt: { not: null }, attempt: owner } },
    },
    select: { id: true },
  });
  for (const { id } of candidates) {
    const start = randomInt(0, MAX_VARIANT_SEED - SEED_TRIES);
    for (let seed = start; seed < start + SEED_TRIES; seed++)
      if (await findVariant(id, seed)) {
        seeds.set(id, seed);
        break;
      }
  }
  return seeds;
}
