import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ipFrom, type IpAddress } from "../core/address";
import { evaluateSg, sgRuleMatches } from "./security-group";
import { hasPort, portRange } from "../core/port-set";
import { compileSgRule, type CompiledSgRule } from "../core/rules";
import type { SgRule } from "../scenario/schema";

const ip = (t: string) => ipFrom(t) as IpAddress;
const compile = (list: SgRule[], group = "g") =>
  list.map((r, i) => compileSgRule(r, group, "inbound", i) as CompiledSgRule);
const none = () => [] as IpAddress[];

describe("security group evaluation", () => {
  it("allows what any rule of any group allows (SG-8)", () => {
    const rules = [
      ...compile([{ proto: "tcp", ports: 80, from: "0.0.0.0/0" }], "web"),
      ...compile([{ proto: "tcp", ports: 22, from: "203.0.113.0/24" }], "admin"),
    ];
    expect(evaluateSg(rules, { proto: 6, peer: ip("203.0.113.5") }, portRange(22), none).isAllowed).toBe(true);
    expect(evaluateSg(rules, { proto: 6, peer: ip("198.51.100.5") }, portRange(22), none).isAllowed).toBe(false);
  });
  it("matches a group reference only by the private IPs of its members (SG-13)", () => {
    const rules = compile([{ proto: "all", from: "app" }]);
    const members = (g: string) => (g === "app" ? [ip("10.0.2.10")] : []);
    expect(evaluateSg(rules, { proto: 6, peer: ip("10.0.2.10") }, portRange(5432), members).isAllowed).toBe(true);
    expect(evaluateSg(rules, { proto: 6, peer: ip("54.1.2.3") }, portRange(5432), members).isAllowed).toBe(false);
  });
  it("reports the ports no rule allows", () => {
    const res = evaluateSg(
      compile([{ proto: "tcp", ports: "1024-30000", from: "0.0.0.0/0" }]),
      { proto: 6, peer: ip("1.2.3.4") },
      portRange(1000, 40000),
      none,
    );
    expect(res.denied).toEqual([
      { from: 1000, to: 1023 },
      { from: 30001, to: 40000 },
    ]);
  });

  const ruleArb = fc
    .record({
      proto: fc.constantFrom("tcp", "udp", "all") as fc.Arbitrary<SgRule["proto"]>,
      lo: fc.integer({ min: 0, max: 200 }),
      len: fc.integer({ min: 0, max: 200 }),
      from: fc.constantFrom("0.0.0.0/0", "10.0.0.0/16", "10.0.1.0/24", "198.51.100.0/24"),
    })
    .map((r): SgRule => ({ proto: r.proto, ports: `${r.lo}-${r.lo + r.len}`, from: r.from }));

  it('agrees with a brute-force "any rule matches" evaluator (union, SG-7/SG-8)', () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { maxLength: 10 }),
        fc.constantFrom("10.0.1.9", "10.0.7.7", "198.51.100.3", "8.8.8.8"),
        fc.constantFrom(6, 17),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 150 }),
        (list, peer, proto, lo, len) => {
          const rules = compile(list);
          const res = evaluateSg(rules, { proto, peer: ip(peer) }, portRange(lo, lo + len), none);
          for (let port = lo; port <= lo + len; port++) {
            const brute = rules.some(
              (r) => sgRuleMatches(r, { proto, peer: ip(peer) }, none) && (r.proto === -1 || hasPort(r.ports, port)),
            );
            const allowed = res.allowed.some((a) => a.ports !== null && hasPort(a.ports, port));
            expect(allowed).toBe(brute);
          }
        },
      ),
    );
  });
});
