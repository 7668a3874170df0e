import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  complement,
  formatPortSet,
  hasPort,
  intersect,
  parsePortSpec,
  portRange,
  portSetFrom,
  size,
  subtract,
  union,
  type PortSet,
} from "./port-set";

const toSet = (p: PortSet, max: number) => {
  const s = new Set<number>();
  for (let i = 0; i <= max; i++) if (hasPort(p, i)) s.add(i);
  return s;
};
const rangesArb = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }))
    .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
  { maxLength: 6 },
);

describe("port sets", () => {
  it("normalises overlapping and adjacent intervals", () => {
    expect(
      portSetFrom([
        { from: 10, to: 20 },
        { from: 21, to: 30 },
        { from: 5, to: 12 },
      ]),
    ).toEqual([{ from: 5, to: 30 }]);
  });
  it("subtracts a NACL range from an ephemeral range (XP client vs 32768-65535)", () => {
    expect(subtract(portRange(1025, 5000), portRange(32768, 65535))).toEqual([{ from: 1025, to: 5000 }]);
    expect(intersect(portRange(1024, 65535), portRange(32768, 65535))).toEqual([{ from: 32768, to: 65535 }]);
    expect(size(complement(portRange(0, 1023)))).toBe(65536 - 1024);
  });
  it("parses and formats port specs", () => {
    expect(parsePortSpec("1024-65535")).toEqual([{ from: 1024, to: 65535 }]);
    expect(parsePortSpec(80)).toEqual([{ from: 80, to: 80 }]);
    expect(parsePortSpec("all")).toEqual([{ from: 0, to: 65535 }]);
    expect(parsePortSpec("70000")).toBeNull();
    expect(parsePortSpec("90-80")).toBeNull();
    expect(
      formatPortSet([
        { from: 20, to: 21 },
        { from: 1024, to: 65535 },
      ]),
    ).toBe("20-21, 1024-65535");
  });
  it("agrees with brute-force sets for union, intersection and difference", () => {
    fc.assert(
      fc.property(rangesArb, rangesArb, (a, b) => {
        const A = portSetFrom(a);
        const B = portSetFrom(b);
        const sa = toSet(A, 130);
        const sb = toSet(B, 130);
        expect(toSet(union(A, B), 130)).toEqual(new Set([...sa, ...sb]));
        expect(toSet(intersect(A, B), 130)).toEqual(new Set([...sa].filter((x) => sb.has(x))));
        expect(toSet(subtract(A, B), 130)).toEqual(new Set([...sa].filter((x) => !sb.has(x))));
        expect(size(A)).toBe(sa.size);
      }),
    );
  });
});
