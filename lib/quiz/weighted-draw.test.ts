import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seededRandom } from "./random";
import { allocateByWeight, drawWeighted, type DomainPool } from "./weighted-draw";

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
const saa: DomainPool[] = [
  { domainId: "secure", weight: 30, questionIds: ids("s", 100) },
  { domainId: "resilient", weight: 26, questionIds: ids("r", 100) },
  { domainId: "performance", weight: 24, questionIds: ids("p", 100) },
  { domainId: "cost", weight: 20, questionIds: ids("c", 100) },
];

describe("allocateByWeight", () => {
  it("gives a 65-question exam 19/17/16/13 for weights 30/26/24/20 (largest remainder)", () => {
    expect(Object.fromEntries(allocateByWeight(saa, 65))).toEqual({
      secure: 19,
      resilient: 17,
      performance: 16,
      cost: 13,
    });
  });
  it("hands a small domain's shortfall to the others", () => {
    const pools = saa.map((pool) => (pool.domainId === "cost" ? { ...pool, questionIds: ids("c", 3) } : pool));
    const counts = allocateByWeight(pools, 65);
    expect(counts.get("cost")).toBe(3);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(65);
  });
  it("never allocates more than exists, and always exactly min(size, available)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 0, max: 50 }), count: fc.integer({ min: 0, max: 30 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 120 }),
        (specs, size) => {
          const pools = specs.map((spec, i) => ({
            domainId: `d${i}`,
            weight: spec.weight,
            questionIds: ids(`d${i}`, spec.count),
          }));
          const counts = allocateByWeight(pools, size);
          const available = specs.reduce((sum, spec) => sum + spec.count, 0);
          expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(Math.min(size, available));
          pools.forEach((pool) => expect(counts.get(pool.domainId)).toBeLessThanOrEqual(pool.questionIds.length));
        },
      ),
    );
  });
});

describe("drawWeighted", () => {
  it("draws distinct questions, deterministic for a seed", () => {
    const first = drawWeighted(saa, 65, seededRandom(7));
    expect(new Set(first).size).toBe(65);
    expect(drawWeighted(saa, 65, seededRandom(7))).toEqual(first);
    expect(first.filter((id) => id.startsWith("s-"))).toHaveLength(19);
  });
});
