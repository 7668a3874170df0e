/**
 * Security groups and network ACLs with their implicit rules made explicit (SG-9, SG-10, NACL-3, NACL-4), compiled
 * once per analysis (memoised by the scenario entries' identity).
 */
import {
  compileNaclRule,
  compileSgRule,
  RuleMemo,
  starRule,
  type CompiledNaclRule,
  type CompiledSgRule,
} from "../core/rules";
import type { NaclRule, Scenario, SgRule } from "../scenario/schema";
import type { NaclC, SgC } from "./model-types";

const ALL_V4 = "0.0.0.0/0";
const ALL_V6 = "::/0";

// Implicit rules are shared objects, so compiled rules memoised by object identity (rules.ts) hit.
const ALL_OUT_V4: SgRule[] = [{ proto: "all", to: ALL_V4 }];
const ALL_OUT_V46: SgRule[] = [
  { proto: "all", to: ALL_V4 },
  { proto: "all", to: ALL_V6 },
];
function sgRules(
  s: Scenario,
  name: string,
  cache: CompileCache | undefined,
): { inbound: SgRule[]; outbound: SgRule[] } {
  const g = s.securityGroups[name] ?? { kind: "default" as const, inbound: [], outbound: [] };
  const v6 = s.vpc?.ipv6Cidr !== undefined;
  const allOut = v6 ? ALL_OUT_V46 : ALL_OUT_V4;
  if (g.kind === "custom") return { inbound: g.inbound, outbound: g.outbound };
  if (g.kind === "new") return { inbound: g.inbound, outbound: [...allOut, ...g.outbound] }; // SG-9
  // The group's rule "all traffic from itself", one object per analysis so compiled rules are found by identity.
  let self = cache?.selfRules.get(name);
  if (!self) {
    self = { proto: "all", from: name };
    cache?.selfRules.set(name, self);
  }
  return { inbound: [self, ...g.inbound], outbound: [...allOut, ...g.outbound] }; // SG-10
}

const DEFAULT_NACL: Record<"inbound" | "outbound", NaclRule[]> = {
  inbound: [
    { rule: 100, proto: "all", action: "allow", from: ALL_V4 },
    { rule: 101, proto: "all", action: "allow", from: ALL_V6 },
  ],
  outbound: [
    { rule: 100, proto: "all", action: "allow", to: ALL_V4 },
    { rule: 101, proto: "all", action: "allow", to: ALL_V6 },
  ],
};

function naclRules(
  s: Scenario,
  name: string,
  dir: "inbound" | "outbound",
  rules: RuleMemo | undefined,
): CompiledNaclRule[] {
  const n = s.nacls[name] ?? { kind: "default" as const, inbound: [], outbound: [] };
  const listed = n[dir];
  // NACL-4: rule 100 allows all IPv4; rule 101 allows all IPv6 when the VPC has IPv6.
  const defaults: NaclRule[] = n.kind !== "default" ? [] : DEFAULT_NACL[dir].slice(0, s.vpc?.ipv6Cidr ? 2 : 1);
  const byNumber = new Map<number, NaclRule>();
  for (const r of [...defaults, ...listed]) byNumber.set(r.rule, r);
  const compiled = [...byNumber.values()]
    .map((r) => compileNaclRule(r, rules))
    .filter((r): r is CompiledNaclRule => r !== null);
  compiled.sort((a, b) => a.number - b.number); // NACL-2: ascending order, first match wins
  return [...compiled, starRule(4), starRule(6)];
}

/**
 * A cache for one choice analysis: choices are applied copy-on-write, so sections and entries no change touched keep
 * their identity and are compiled once. Scoped to one analysis so that a caller editing a scenario in place
 * between calls can never see stale results.
 */
export type CompileCache = {
  entries: WeakMap<object, Map<string, unknown>>;
  rules: RuleMemo;
  selfRules: Map<string, SgRule>;
  /** Compiled bases by their section objects (the rest of the model: see compile() in model.ts). */
  bases: { sections: readonly unknown[]; rest: unknown }[];
};

export function newCompileCache(): CompileCache {
  return { entries: new WeakMap(), rules: new RuleMemo(), selfRules: new Map(), bases: [] };
}

/** Stand for a group or NACL named `default` that the scenario does not list (its rules are implicit). */
const IMPLICIT_SG = {};
const IMPLICIT_NACL = {};

function memo<T>(cache: CompileCache | undefined, source: object, key: string, build: () => T): T {
  if (!cache) return build();
  let m = cache.entries.get(source);
  if (!m) {
    m = new Map();
    cache.entries.set(source, m);
  }
  const hit = m.get(key);
  if (hit !== undefined) return hit as T;
  const v = build();
  m.set(key, v);
  return v;
}

export function compileSg(s: Scenario, name: string, isV6: boolean, cache: CompileCache | undefined): SgC {
  return memo(cache, s.securityGroups[name] ?? IMPLICIT_SG, isV6 ? `${name}|6` : name, () => {
    const r = sgRules(s, name, cache);
    return {
      name,
      inbound: r.inbound
        .map((x, i) => compileSgRule(x, name, "inbound", i, cache?.rules))
        .filter((x): x is CompiledSgRule => x !== null),
      outbound: r.outbound
        .map((x, i) => compileSgRule(x, name, "outbound", i, cache?.rules))
        .filter((x): x is CompiledSgRule => x !== null),
    };
  });
}

export function compileNacl(s: Scenario, name: string, isV6: boolean, cache: CompileCache | undefined): NaclC {
  return memo(cache, s.nacls[name] ?? IMPLICIT_NACL, isV6 ? `${name}|6` : name, () => ({
    name,
    inbound: naclRules(s, name, "inbound", cache?.rules),
    outbound: naclRules(s, name, "outbound", cache?.rules),
  }));
}
