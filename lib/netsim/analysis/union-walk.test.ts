/**
 * The analysis walks each flow once over the union of all client OS ranges and reads per-OS verdicts by
 * intersection. Property: this equals walking once per OS (filters only ever narrow port sets).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulate } from "../index";
import { evaluateChoices } from "./evaluate";
import { q30570 } from "../fixtures/scenarios";
import { scenarioOf, variant } from "../test-helpers";
import type { NaclRule } from "../scenario/schema";

const base = scenarioOf(q30570);
const ruleArb = fc.record({
  rule: fc.integer({ min: 1, max: 300 }),
  proto: fc.constantFrom("tcp", "all") as fc.Arbitrary<NaclRule["proto"]>,
  lo: fc.constantFrom(0, 80, 1024, 1025, 4000, 5001, 32768, 49152, 60000, 61000),
  len: fc.integer({ min: 0, max: 40000 }),
  action: fc.constantFrom("allow", "deny") as fc.Arbitrary<"allow" | "deny">,
});

describe("union-of-OS walk", () => {
  it("gives the same per-OS verdict and passing ports as one walk per OS", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(ruleArb, { selector: (r) => r.rule, maxLength: 5 }),
        fc.uniqueArray(ruleArb, { selector: (r) => r.rule, maxLength: 5 }),
        (inb, outb) => {
          const mk = (r: (typeof inb)[number], dir: "from" | "to"): NaclRule => ({
            rule: r.rule,
            proto: r.proto,
            ports: `${r.lo}-${Math.min(65535, r.lo + r.len)}`,
            [dir]: "0.0.0.0/0",
            action: r.action,
          });
          const s = variant(base, (x) => {
            x.nacls["web-nacl"] = {
              kind: "custom",
              inbound: inb.map((r) => mk(r, "from")),
              outbound: outb.map((r) => mk(r, "to")),
            };
          });
          const fast = evaluateChoices(s, ["A"]).flows;
          const slow = simulate(s, { choices: ["A"] }).flows;
          expect(
            fast.map((f) => [f.flow, f.os, f.result.verdict, JSON.stringify(f.result.variables.map((v) => v.passing))]),
          ).toEqual(slow.map((f) => [f.flow, f.os, f.verdict, JSON.stringify(f.variables.map((v) => v.passing))]));
        },
      ),
      { numRuns: 60 },
    );
  });
});
