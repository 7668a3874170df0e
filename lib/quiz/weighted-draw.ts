// The mock exam's draw: as many questions from each domain as its weight asks for, within what the bank holds.
import { shuffled, type Random } from "@/lib/quiz/random";

export type DomainPool = { domainId: string; weight: number; questionIds: readonly string[] };

/**
 * Splits `size` questions across domains in proportion to their weights (largest remainder, so the counts add up
 * exactly), never asking a domain for more than it holds; a shortfall is handed to the other domains by weight.
 * The total is min(size, questions available).
 */
export function allocateByWeight(pools: readonly DomainPool[], size: number): Map<string, number> {
  const counts = new Map(pools.map((pool) => [pool.domainId, 0]));
  let remaining = Math.min(
    size,
    pools.reduce((sum, pool) => sum + pool.questionIds.length, 0),
  );
  while (remaining > 0) {
    const open = pools.filter((pool) => (counts.get(pool.domainId) ?? 0) < pool.questionIds.length);
    const totalWeight = open.reduce((sum, pool) => sum + Math.max(pool.weight, 0), 0);
    // Domains with no weight left still hold questions: share evenly among them rather than stall.
    const shares = open.map((pool) => ({
      pool,
      exact: totalWeight > 0 ? (remaining * Math.max(pool.weight, 0)) / totalWeight : remaining / open.length,
    }));
    const grants = shares.map(({ pool, exact }) => ({
      pool,
      grant: Math.floor(exact),
      remainder: exact - Math.floor(exact),
    }));
    let leftover = remaining - grants.reduce((sum, entry) => sum + entry.grant, 0);
    for (const entry of [...grants].sort((a, b) => b.remainder - a.remainder || b.pool.weight - a.pool.weight)) {
      if (leftover === 0) break;
      entry.grant += 1;
      leftover -= 1;
    }
    for (const { pool, grant } of grants) {
      const current = counts.get(pool.domainId) ?? 0;
      const given = Math.min(grant, pool.questionIds.length - current);
      counts.set(pool.domainId, current + given);
      remaining -= given;
    }
  }
  return counts;
}

/** Draws a weighted mock exam: the allocated number of random questions per domain, then the whole list shuffled. */
export function drawWeighted(pools: readonly DomainPool[], size: number, random: Random): string[] {
  const counts = allocateByWeight(pools, size);
  const drawn = pools.flatMap((pool) => shuffled(pool.questionIds, random).slice(0, counts.get(pool.domainId) ?? 0));
  return shuffled(drawn, random);
}
