import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ipFrom, type IpAddress } from "../core/address";
import { evaluateNacl, naclRuleMatches } from "./nacl";
import { hasPort, portRange } from "../core/port-set";
import { compileNaclRule, starRule, type CompiledNaclRule } from "../core/rules";
import type { NaclRule } from "../scenario/schema";

const ip = (t: string) => ipFrom(t) as IpAddress;
const rules = (list: NaclRule[]) => [
  ...list.map((r) => compileNaclRule(r) as CompiledNaclRule).sort((a, b) => a.number - b.number),
  starRule(4),
  starRule(6),
];

describe("network ACL evaluation", () => {
  it("applies the lowest-numbered matching rule (NACL-2, NACL-12)", () => {
    const r = rules([
      { rule: 100, proto: "tcp", ports: "0-65535", from: "0.0.0.0/0", action: "allow" },
      { rule: 90, proto: "tcp", ports: 22, from: "0.0.0.0/0", action: "deny" },
    ]);
    const pieces = evaluateNacl(r, { proto: 6, peer: ip("198.51.100.1") }, portRange(22));
    expect(pieces).toHaveLength(1);
    expect(pieces[0]?.isAllowed).toBe(false);
    expect(pieces[0]?.rule.number).toBe(90);
  });
  it("denies with the * rule when nothing matches (NACL-3)", () => {
    const pieces = evaluateNacl(rules([]), { proto: 6, peer: ip("198.51.100.1") }, portRange(80));
    expect(pieces[0]?.rule.number).toBe(32767);
    expect(pieces[0]?.isAllowed).toBe(false);
  });
  it("never applies IPv4 rules to IPv6 traffic (NACL-7)", () => {
    const r = rules([{ rule: 100, proto: "all", from: "0.0.0.0/0", action: "allow" }]);
    const pieces = evaluateNacl(r, { proto: 6, peer: ip("2001:db8::1") }, portRange(80));
    expect(pieces[0]?.rule.number).toBe(32768);
  });
  it("splits an ephemeral range: a 32768-65535 rule passes part of a NAT gateway range", () => {
    const r = rules([{ rule: 100, proto: "tcp", ports: "32768-65535", to: "0.0.0.0/0", action: "allow" }]);
    const pieces = evaluateNacl(r, { proto: 6, peer: ip("203.0.113.9") }, portRange(1024, 65535));
    expect(pieces.filter((p) => p.isAllowed).map((p) => p.ports)).toEqual([[{ from: 32768, to: 65535 }]]);
    expect(pieces.filter((p) => !p.isAllowed).map((p) => p.ports)).toEqual([[{ from: 1024, to: 32767 }]]);
  });
  it("treats protocol all as every port (NACL-8)", () => {
    const r = compileNaclRule({
      rule: 1,
      proto: "all",
      ports: 80,
      from: "0.0.0.0/0",
      action: "allow",
    }) as CompiledNaclRule;
    expect(hasPort(r.ports, 443)).toBe(true);
    expect(naclRuleMatches(r, { proto: 17, peer: ip("1.2.3.4") })).toBe(true);
  });

  const cidrs = ["0.0.0.0/0", "10.0.0.0/8", "10.0.1.0/24", "203.0.113.0/24", "::/0"];
  const peers = ["10.0.1.5", "10.9.9.9", "203.0.113.7", "198.51.100.1", "2001:db8::5"];
  const ruleArb = fc
    .record({
      rule: fc.integer({ min: 1, max: 32766 }),
      proto: fc.constantFrom("tcp", "udp", "all", "icmp") as fc.Arbitrary<NaclRule["proto"]>,
      lo: fc.integer({ min: 0, max: 300 }),
      len: fc.integer({ min: 0, max: 300 }),
      from: fc.constantFrom(...cidrs),
      action: fc.constantFrom("allow", "deny") as fc.Arbitrary<"allow" | "deny">,
    })
    .map((r): NaclRule => ({
      rule: r.rule,
      proto: r.proto,
      ports: `${r.lo}-${Math.min(65535, r.lo + r.len)}`,
      from: r.from,
      action: r.action,
    }));

  it("agrees with a brute-force first-match evaluator on random rule sets, packets and port ranges", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(ruleArb, { selector: (r) => r.rule, maxLength: 12 }),
        fc.constantFrom(...peers),
        fc.constantFrom(6, 17, 1),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 200 }),
        (list, peer, proto, lo, len) => {
          const compiled = rules(list);
          const range = portRange(lo, lo + len);
          const pieces = evaluateNacl(compiled, { proto, peer: ip(peer) }, proto === 1 ? null : range);
          const brute = (port: number) => {
            for (const r of [...list].sort((a, b) => a.rule - b.rule)) {
              const pr = r.proto === "all" ? -1 : r.proto === "tcp" ? 6 : r.proto === "udp" ? 17 : 1;
              if (pr !== -1 && pr !== proto) continue;
              const c = compileNaclRule(r) as CompiledNaclRule;
              if (!naclRuleMatches(c, { proto, peer: ip(peer) })) continue;
              if ((proto === 6 || proto === 17) && pr !== -1 && !hasPort(c.ports, port)) continue;
              return r.action === "allow";
            }
            return false;
          };
          if (proto === 1) {
            expect(pieces[0]?.isAllowed ?? false).toBe(brute(0));
            return;
          }
          for (let port = lo; port <= lo + len; port += Math.max(1, Math.floor(len / 25))) {
            const piece = pieces.find((p) => p.ports !== null && hasPort(p.ports, port));
            expect(piece?.isAllowed ?? false).toBe(brute(port));
          }
        },
      ),
    );
  });
});
