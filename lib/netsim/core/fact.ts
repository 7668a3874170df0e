/**
 * Facts: what the simulator found, as data. A step, a counterexample, a choice verdict each carry one fact: a code and
 * its parameters (names, addresses, port sets, rule numbers, nested facts). Sentences in any language are built from
 * facts by the explain layer (explain/); the simulation itself writes no prose. Plain JSON.
 */
import type { PortSet } from './port-set';

/** A parameter: text that is shown as is (a name, an address, a rule's configuration text), a number, a port set, a nested fact. */
export type FactValue = string | number | boolean | PortSet | Fact | null;
export type Fact = { code: string; params?: Record<string, FactValue> };

/** A fact to be built later (a counterexample's ports are named per client OS when results are read). */
export type LazyFact = Fact | (() => Fact);

export function fact(code: string, params?: Record<string, FactValue | undefined>): Fact {
  if (!params) return { code };
  const clean: Record<string, FactValue> = {};
  for (const k in params) { const v = params[k]; if (v !== undefined) clean[k] = v; }
  return { code, params: clean };
}

export function factOf(f: LazyFact): Fact {
  return typeof f === 'function' ? f() : f;
}

/** Rule number as AWS shows it: the final rules 32767 / 32768 are "*". */
export function ruleNumber(n: number): string {
  return n >= 32767 ? '*' : String(n);
}
