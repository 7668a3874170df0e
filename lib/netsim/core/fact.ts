/**
 * Facts: what the simulator found, as data. A step, a counterexample, a choice verdict each carry one fact: a code and
 * its parameters (names, addresses, port sets, rule numbers, nested facts). Sentences in any language are built from
 * facts by the explain layer (explain/); the simulation itself writes no prose. Plain JSON.
 */
import type { PortSet } from "./port-set";

/** A parameter: text that is shown as is (a name, an address, a rule's configuration text), a number, a port set, a nested fact. */
export type FactValue = string | number | boolean | PortSet | Fact | null;
export type Fact = { code: string; params?: Record<string, FactValue> };

/** A fact to be built later (a counterexample's ports are named per client OS when results are read). */
export type LazyFact = Fact | (() => Fact);

export function fact(code: string, params?: Record<string, FactValue | undefined>): Fact {
  if (!params) return { code };
  const clean: Record<string, FactValue> = {};
  for (const k in params) {
    const v = params[k];
    if (v !== undefined) clean[k] = v;
  }
  return { code, params: clean };
}

const PENDING = Symbol("pending fact");
type PendingFact = Fact & { [PENDING]?: () => Fact };

/**
 * A fact to be built later: `{ code: 'pending' }` until resolveFact() fills it in place (choice analysis reads few of
 * the counterexamples it finds). The builder sits under a symbol key, which JSON and structured clones ignore.
 */
export function pendingFact(build: () => Fact): Fact {
  return { code: "pending", [PENDING]: build } as PendingFact;
}

/** Builds a pending fact in place (no-op for a built one) and returns it. */
export function resolveFact<T extends Fact | null | undefined>(f: T): T {
  const p = f as PendingFact | null | undefined;
  const build = p?.[PENDING];
  if (p && build) {
    delete p[PENDING];
    const v = resolveFact(build());
    p.code = v.code;
    if (v.params) p.params = v.params;
  }
  if (p?.params)
    for (const k in p.params) {
      const v = p.params[k];
      if (typeof v === "object" && v !== null && !Array.isArray(v)) resolveFact(v as Fact);
    }
  return f;
}

export function factOf(f: LazyFact): Fact {
  return typeof f === "function" ? f() : f;
}

/** Rule number as AWS shows it: the final rules 32767 / 32768 are "*". */
export function ruleNumber(n: number): string {
  return n >= 32767 ? "*" : String(n);
}
