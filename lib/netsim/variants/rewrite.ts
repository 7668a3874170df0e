/**
 * Draws a variant's values from a seed and rewrites texts and the scenario with them. Every occurrence of a value as
 * written (an address inside a renumbered block, a port, a rule number, a service or OS name, an ephemeral range) is
 * replaced in one pass, so a replacement is never replaced again. Text inside HTML tags (links) is left alone.
 */
import {
  VARIANT_OS,
  VARIANT_SERVICES,
  blockOf,
  intToIpv4,
  ipv4ToInt,
  type LayerRule,
  type VariableDeclaration,
  type VariantOs,
} from "./declaration";
import { OS_TABLE } from "../core/operating-systems";
import type { Random } from "./prng";

export type Block = { base: number; size: number };

/** What a seed drew: old → new, per kind. */
export type Substitution = {
  blocks: { from: Block; to: Block }[];
  ports: Map<number, number>;
  rules: Map<number, number>;
  /** Exact strings of the scenario: app ids and OS ids. */
  ids: Map<string, string>;
  /** Names in the texts (HTTPS → SSH, Linux → Windows). */
  words: Map<string, string>;
  /** Ephemeral ranges "lo-hi" → [lo, hi]. */
  ranges: Map<string, [number, number]>;
  /** Structural draws (missing-layer, ip-family, `texts:`), applied before the value rewrite: see structural.ts. */
  structure: Structure;
};

/** What a structural draw changes: words of the texts, whole strings of the scenario, rules, the flows' family. */
export type Structure = {
  /** Words as written → the drawn value's words (texts only). */
  phrases: Map<string, string>;
  /** Whole strings (scenario) and whole tokens (texts): an ip-family swap. */
  swaps: Map<string, string>;
  /** Scenario rules to add (the written layer's) and to remove (the drawn layer's). */
  add: LayerRule[];
  remove: LayerRule[];
  /** Choices whose changes a draw replaces (letter → changes). */
  choices: Map<string, unknown[]>;
  /** The family every goal and forbidden flow uses (ip-family). */
  family?: "ipv4" | "ipv6";
};

/** One variable's drawn value, for authors and the learner's "variant" note. */
export type DrawnValue = { name: string; kind: VariableDeclaration["kind"]; from: string; to: string };

const IP = String.raw`(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?!\d|\.\d)`;
const IP_GLOBAL = new RegExp(IP, "g");
const SEP = "[-–〜～~]";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function emptySubstitution(): Substitution {
  return {
    blocks: [],
    ports: new Map(),
    rules: new Map(),
    ids: new Map(),
    words: new Map(),
    ranges: new Map(),
    structure: { phrases: new Map(), swaps: new Map(), add: [], remove: [], choices: new Map() },
  };
}

/** The drawn value's words for each `texts:` entry (nothing when the written value was drawn). */
function addPhrases(
  sub: Substitution,
  texts: readonly Record<string, string>[] | undefined,
  from: string,
  to: string,
): void {
  if (from === to) return;
  for (const entry of texts ?? []) {
    const a = entry[from];
    const b = entry[to];
    // Equal words are kept as they are: that protects them from an ip-family swap ("0.0.0.0/0 and ::/0").
    if (a !== undefined && b !== undefined) sub.structure.phrases.set(a, b);
  }
}

/** Every IPv4 literal (address or CIDR) in some texts, as blocks. */
export function literalBlocks(texts: readonly string[]): Block[] {
  const out: Block[] = [];
  for (const t of texts)
    for (const m of t.matchAll(IP_GLOBAL)) {
      const b = blockOf(m[0]);
      if (b) out.push(b);
    }
  return out;
}

const overlaps = (a: Block, b: Block) => a.base < b.base + b.size && b.base < a.base + a.size;
const inside = (a: Block, outer: Block) => a.base >= outer.base && a.base + a.size <= outer.base + outer.size;

const RULE_STEP = 10;
const RULE_MAX = 900;

/**
 * Draws every variable from the random source. `literals`: the IPv4 literals of the template (a renumbered block
 * must not land on another address the question uses); `usedRules`: NACL rule numbers the scenario has besides the
 * declared ones. Returns null when a block has no free place (reason `no-room`).
 */
export function drawSubstitution(
  vars: readonly VariableDeclaration[],
  rnd: Random,
  literals: readonly Block[],
  usedRules: ReadonlySet<number>,
): { sub: Substitution; values: DrawnValue[] } | { noRoom: string } {
  const sub = emptySubstitution();
  const values: DrawnValue[] = [];
  // At least one variable differs from the question as written: the one at `forced` never keeps its base value.
  const forced = rnd.int(vars.length);
  const taken: Block[] = [];
  for (const [i, v] of vars.entries()) {
    const mustChange = i === forced;
    if (v.kind === "network" || v.kind === "address") {
      const from = blockOf(v.kind === "address" ? `${v.value}/32` : v.value);
      const within = blockOf(v.within);
      if (!from || !within) return { noRoom: v.name };
      const others = literals.filter((b) => !inside(b, from) && b.size < within.size);
      const slots = within.size / from.size;
      let to: Block | null = null;
      for (let attempt = 0; attempt < 64 && !to; attempt++) {
        const candidate = { base: within.base + rnd.int(slots) * from.size, size: from.size };
        if (candidate.base === from.base) continue;
        if (others.some((b) => overlaps(b, candidate)) || taken.some((b) => overlaps(b, candidate))) continue;
        to = candidate;
      }
      if (!to) return { noRoom: v.name };
      taken.push(to);
      sub.blocks.push({ from, to });
      const show = (b: Block) =>
        v.kind === "address" ? intToIpv4(b.base) : `${intToIpv4(b.base)}/${32 - Math.log2(b.size)}`;
      values.push({ name: v.name, kind: v.kind, from: v.value, to: show(to) });
    } else if (v.kind === "service") {
      const options = mustChange ? v.values.filter((s) => s !== v.value) : v.values;
      const pick = rnd.pick(options);
      values.push({ name: v.name, kind: v.kind, from: v.value, to: pick });
      if (pick === v.value) continue;
      addPhrases(sub, v.texts, v.value, pick);
      const a = VARIANT_SERVICES[v.value];
      const b = VARIANT_SERVICES[pick];
      sub.ids.set(v.value, pick);
      sub.ports.set(a.port, b.port);
      sub.words.set(a.name, b.name);
    } else if (v.kind === "os") {
      const options = mustChange ? v.values.filter((s) => s !== v.value) : v.values;
      const pick: VariantOs = rnd.pick(options);
      values.push({ name: v.name, kind: v.kind, from: v.value, to: pick });
      if (pick === v.value) continue;
      addPhrases(sub, v.texts, v.value, pick);
      sub.ids.set(v.value, pick);
      // `ranges: keep`: the texts name the OS and its range through `texts:` entries only (the choices list fixed
      // ranges and the key moves with the OS), so neither the name nor the range is rewritten as a word.
      if (v.ranges === "keep") continue;
      sub.words.set(VARIANT_OS[v.value].name, VARIANT_OS[pick].name);
      const [a] = OS_TABLE[v.value].ephemeral;
      const [b] = OS_TABLE[pick].ephemeral;
      if (a && b && (a.from !== b.from || a.to !== b.to)) sub.ranges.set(`${a.from}-${a.to}`, [b.from, b.to]);
    } else if (v.kind === "missing-layer") {
      const options = mustChange ? v.values.filter((s) => s !== v.value) : v.values;
      const pick = rnd.pick(options);
      values.push({ name: v.name, kind: v.kind, from: v.value, to: pick });
      if (pick === v.value) continue;
      const written = v.rules[v.value];
      const drawn = v.rules[pick];
      if (!written || !drawn) return { noRoom: v.name };
      // The written layer's broken rule (if any) gives way to its rule; the drawn layer's rule to its broken one.
      const writtenBroken = v.broken?.[v.value];
      const drawnBroken = v.broken?.[pick];
      if (writtenBroken) sub.structure.remove.push(writtenBroken);
      sub.structure.add.push(written);
      sub.structure.remove.push(drawn);
      if (drawnBroken) sub.structure.add.push(drawnBroken);
      for (const [letter, changes] of Object.entries(v.choices?.[pick] ?? {}))
        sub.structure.choices.set(letter, changes);
      addPhrases(sub, v.texts, v.value, pick);
    } else if (v.kind === "ip-family") {
      const other: "ipv4" | "ipv6" = v.value === "ipv4" ? "ipv6" : "ipv4";
      const pick: "ipv4" | "ipv6" = mustChange ? other : rnd.pick([v.value, other]);
      values.push({ name: v.name, kind: v.kind, from: v.value, to: pick });
      if (pick === v.value) continue;
      for (const [a, b] of Object.entries(v.swap)) sub.structure.swaps.set(a, b);
      sub.structure.family = pick;
      addPhrases(sub, v.texts, v.value, pick);
    } else {
      const free: number[] = [];
      for (let n = RULE_STEP; n <= RULE_MAX; n += RULE_STEP) if (!usedRules.has(n)) free.push(n);
      const drawn: number[] = [];
      while (drawn.length < v.value.length) {
        const n = rnd.pick(free);
        if (!drawn.includes(n)) drawn.push(n);
      }
      if (v.order === "keep") {
        // Same ranks as written: the smallest written number gets the smallest drawn one.
        const sorted = [...drawn].sort((x, y) => x - y);
        const ranks = [...v.value].sort((x, y) => x - y);
        for (const [j, old] of v.value.entries()) drawn[j] = sorted[ranks.indexOf(old)] ?? old;
      }
      for (const [j, old] of v.value.entries()) sub.rules.set(old, drawn[j] ?? old);
      values.push({ name: v.name, kind: v.kind, from: v.value.join(", "), to: drawn.join(", ") });
    }
  }
  return { sub, values };
}

function moveAddress(literal: string, sub: Substitution): string {
  const [addr, prefix] = literal.split("/");
  const n = ipv4ToInt(addr ?? "");
  if (n === null) return literal;
  const size = prefix === undefined ? 1 : 2 ** (32 - Number(prefix));
  for (const { from, to } of sub.blocks)
    if (n >= from.base && n < from.base + from.size && size <= from.size) {
      const moved = intToIpv4(to.base + (n - from.base));
      return prefix === undefined ? moved : `${moved}/${prefix}`;
    }
  return literal;
}

/** A compiled rewriter for texts (HTML or Markdown) and for scenario strings. */
export type Rewriter = { text(s: string): string; sub: Substitution };

export function rewriterFor(sub: Substitution): Rewriter {
  const parts: string[] = ["(<[^>]*>)", `(${IP})`];
  const ranges = [...sub.ranges.keys()].map((k) => {
    const [lo, hi] = k.split("-");
    return `${lo}\\s*${SEP}\\s*${hi}`;
  });
  parts.push(ranges.length ? `((?<![\\d.])(?:${ranges.join("|")})(?!\\d))` : "((?!))");
  const numbers = [...new Set([...sub.ports.keys(), ...sub.rules.keys()])].sort((a, b) => b - a);
  parts.push(numbers.length ? `((?<![\\d.\\-–〜～])(?:${numbers.join("|")})(?!\\d|[.\\-–〜～]\\d))` : "((?!))");
  const words = [...sub.words.keys()].sort((a, b) => b.length - a.length).map(escape);
  parts.push(words.length ? `((?<![A-Za-z0-9])(?:${words.join("|")})(?![A-Za-z0-9]))` : "((?!))");
  const re = new RegExp(parts.join("|"), "g");
  const text = (s: string): string =>
    s.replace(re, (m: string, tag?: string, ip?: string, range?: string, num?: string, word?: string) => {
      if (tag) return tag;
      if (ip) return moveAddress(ip, sub);
      if (range) {
        const [lo, hi] = m.split(new RegExp(`\\s*${SEP}\\s*`));
        const to = sub.ranges.get(`${lo}-${hi}`);
        if (!to) return m;
        const sep = m.slice((lo ?? "").length, m.length - (hi ?? "").length);
        return `${to[0]}${sep}${to[1]}`;
      }
      if (num) return String(sub.ports.get(Number(num)) ?? sub.rules.get(Number(num)) ?? num);
      if (word) return sub.words.get(word) ?? word;
      return m;
    });
  return { text, sub };
}

const PORT_KEYS = new Set(["ports", "port", "wanPorts", "localPorts", "remotePorts"]);
const RULE_KEYS = new Set(["rule"]);
const RULE_REF_KEYS = new Set(["inbound", "outbound"]);

/** Rewrites a scenario (plain JSON) with the substitution: ids, ports and rule numbers by key, addresses everywhere. */
export function rewriteScenarioValue(value: unknown, r: Rewriter, key = ""): unknown {
  const { sub } = r;
  if (typeof value === "number") {
    if (PORT_KEYS.has(key)) return sub.ports.get(value) ?? value;
    if (RULE_KEYS.has(key) || RULE_REF_KEYS.has(key)) return sub.rules.get(value) ?? value;
    return value;
  }
  if (typeof value === "string") {
    const id = sub.ids.get(value);
    if (id !== undefined) return id;
    const l4 = /^(tcp|udp)\/(\d{1,5})$/.exec(value);
    if (l4) return `${l4[1]}/${sub.ports.get(Number(l4[2])) ?? l4[2]}`;
    return r.text(value);
  }
  if (Array.isArray(value)) return value.map((v) => rewriteScenarioValue(v, r, key));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = rewriteScenarioValue(v, r, k);
    return out;
  }
  return value;
}

/** Numbers under `rule:` keys (and removeNaclRule's inbound/outbound numbers) anywhere in a scenario. */
export function ruleNumbersOf(value: unknown, key = "", out = new Set<number>()): Set<number> {
  if (typeof value === "number" && (RULE_KEYS.has(key) || RULE_REF_KEYS.has(key))) out.add(value);
  else if (Array.isArray(value)) for (const v of value) ruleNumbersOf(v, key, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) ruleNumbersOf(v, k, out);
  return out;
}

/** Every string of a scenario (for the literal addresses it uses). */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}
