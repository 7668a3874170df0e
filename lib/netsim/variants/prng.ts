/** A small seeded PRNG (mulberry32): the same seed draws the same variant everywhere (server, CLI, tests). */
export type Random = { next(): number; int(n: number): number; pick<T>(items: readonly T[]): T };

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(items.length)] as T;
    },
  };
}

/** Seeds are non-negative 31-bit integers (they are stored in an INTEGER column). */
export const MAX_VARIANT_SEED = 0x7fffffff;

export function isVariantSeed(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= MAX_VARIANT_SEED;
}
