/**
 * Structural draws: the ones that change what the question is about, not only its values. A `missing-layer` draw
 * moves the missing rule to another filter (the written layer's rule is added to the scenario, the drawn layer's
 * removed); an `ip-family` draw swaps addresses, CIDRs and gateway ids for the other family's in the choices' changes
 * and the texts, and sets every flow's family (the scenario is written dual-stack, so the configuration stays); `texts:` entries replace the written value's words with the drawn value's. They run before the value
 * rewrite (rewrite.ts), so a network variable still moves the addresses inside the replaced words.
 */
import type { LayerRule, VariableDeclaration } from "./declaration";
import type { Structure } from "./rewrite";

export function isEmptyStructure(s: Structure): boolean {
  return (
    s.phrases.size === 0 &&
    s.swaps.size === 0 &&
    s.add.length === 0 &&
    s.remove.length === 0 &&
    s.choices.size === 0 &&
    !s.family
  );
}

type Json = Record<string, unknown>;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The texts are HTML (as stored) or Markdown: words are compared with &, < and > escaped, any whitespace as one. */
const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const loose = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((w) => escapeRe(w))
    .join("\\s+");

/**
 * A compiled text rewriter for one structure (phrases first, longest first, then swapped tokens), one pass. Swapped
 * tokens are for the stem and the choices' texts (`swaps: false` for explanations, which teach both families and are
 * rewritten by their `texts:` entries only).
 */
export function structureTextRewriter(s: Structure, { swaps = true } = {}): (text: string) => string {
  if (s.phrases.size === 0 && (s.swaps.size === 0 || !swaps)) return (t) => t;
  const phraseKeys = [...s.phrases.keys()].sort((a, b) => b.length - a.length);
  const alternatives: { re: string; to: string }[] = [];
  for (const k of phraseKeys) {
    const to = s.phrases.get(k) ?? k;
    alternatives.push({ re: loose(html(k)), to: html(to) });
    if (html(k) !== k) alternatives.push({ re: loose(k), to });
  }
  const swapKeys = swaps ? [...s.swaps.keys()].sort((a, b) => b.length - a.length) : [];
  const parts = alternatives.map((a) => `(${a.re})`);
  parts.push(swapKeys.length ? `((?<![\\w.:/])(?:${swapKeys.map(escapeRe).join("|")})(?![\\w:/]|\\.\\w))` : "((?!))");
  const re = new RegExp(parts.join("|"), "g");
  return (text) =>
    text.replace(re, (m: string, ...groups: unknown[]) => {
      for (const [i, a] of alternatives.entries()) if (groups[i] !== undefined) return a.to;
      return s.swaps.get(m) ?? m;
    });
}

/** Whether every entry of `rule` (a declared change body) is in `entry` (a scenario rule, maybe with defaults). */
function covers(entry: unknown, rule: Json): boolean {
  if (!entry || typeof entry !== "object") return false;
  const e = entry as Json;
  return Object.entries(rule).every(([k, v]) => String(e[k]) === String(v));
}

type Target = { list: unknown[]; item: Json } | { problem: string };

/** Where a layer rule lives in a scenario (the list it is added to or removed from), created when absent. */
function targetOf(scenario: Json, rule: LayerRule): Target {
  const section = (name: string): Json => {
    const value = scenario[name];
    if (value && typeof value === "object") return value as Json;
    const created: Json = {};
    scenario[name] = created;
    return created;
  };
  const listIn = (owner: Json, key: string): unknown[] => {
    const value = owner[key];
    if (Array.isArray(value)) return value;
    const created: unknown[] = [];
    owner[key] = created;
    return created;
  };
  if ("addRoute" in rule) {
    const { table, to, via } = rule.addRoute;
    const owner = section("routeTables")[table];
    if (!owner || typeof owner !== "object") return { problem: `no route table ${table}` };
    return { list: listIn(owner as Json, "routes"), item: { to, via } };
  }
  const [sectionName, body, ownerKey] =
    "addSgRule" in rule
      ? (["securityGroups", rule.addSgRule as Json, "group"] as const)
      : (["nacls", rule.addNaclRule as Json, "nacl"] as const);
  const ownerName = String(body[ownerKey]);
  const owner = section(sectionName)[ownerName];
  if (!owner || typeof owner !== "object") return { problem: `no ${sectionName} entry ${ownerName}` };
  const direction = body.inbound !== undefined ? "inbound" : "outbound";
  const item = body[direction];
  if (!item || typeof item !== "object") return { problem: `the ${sectionName} rule has no ${direction} entry` };
  return { list: listIn(owner as Json, direction), item: item as Json };
}

function swapStrings(value: unknown, swaps: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return swaps.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => swapStrings(v, swaps));
  if (value && typeof value === "object") {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = swapStrings(v, swaps);
    return out;
  }
  return value;
}

/**
 * The scenario with a structure applied (a copy), or why it cannot be: a drawn layer's rule that is not in the
 * scenario (the declaration and the scenario disagree), or a rule to add that is already there.
 */
export function applyStructureToScenario<T>(scenario: T, s: Structure): { scenario: T } | { problem: string } {
  if (isEmptyStructure(s)) return { scenario };
  const out = structuredClone(scenario) as unknown as Json;
  for (const rule of s.remove) {
    const target = targetOf(out, rule);
    if ("problem" in target) return target;
    const at = target.list.findIndex((entry) => covers(entry, target.item));
    if (at < 0) return { problem: `the drawn layer's rule ${JSON.stringify(target.item)} is not in the scenario` };
    target.list.splice(at, 1);
  }
  for (const rule of s.add) {
    const target = targetOf(out, rule);
    if ("problem" in target) return target;
    if (target.list.some((entry) => covers(entry, target.item)))
      return { problem: `the written layer's rule ${JSON.stringify(target.item)} is already in the scenario` };
    target.list.push(structuredClone(target.item));
  }
  if (s.choices.size) {
    const choices = out.choices && typeof out.choices === "object" ? (out.choices as Json) : {};
    for (const letter of s.choices.keys())
      if (!(letter in choices))
        return { problem: `the draw replaces choice ${letter}, which the scenario does not have` };
    out.choices = { ...choices, ...Object.fromEntries(structuredClone([...s.choices])) };
  }
  // The scenario is written dual-stack (both families configured): a swap changes what the choices do, and the
  // family the flows use; the configuration itself stays.
  let result: Json = s.swaps.size ? { ...out, choices: swapStrings(out.choices, s.swaps) } : out;
  if (s.family) {
    const family = s.family;
    const setFamily = (flows: unknown) =>
      Array.isArray(flows) ? flows.map((f) => (f && typeof f === "object" ? { ...(f as Json), family } : f)) : flows;
    result = { ...result, goals: setFamily(result.goals), forbidden: setFamily(result.forbidden) };
    if (result.forbidden === undefined) delete result.forbidden;
  }
  return { scenario: result as unknown as T };
}

/**
 * The `texts:` entries whose words for the value as written appear nowhere in the question's texts (ja or en): a
 * draw could not replace them, so the variant would keep the written value's sentences (content:check reports them).
 */
export function unmatchedWords(
  variables: readonly VariableDeclaration[],
  texts: readonly string[],
): { variable: string; index: number; words: string }[] {
  const out: { variable: string; index: number; words: string }[] = [];
  for (const v of variables) {
    if (!("texts" in v) || !v.texts) continue;
    for (const [index, entry] of v.texts.entries()) {
      const words = entry[v.value];
      if (words === undefined) continue;
      const res = [new RegExp(loose(html(words))), new RegExp(loose(words))];
      if (!texts.some((t) => res.some((re) => re.test(t)))) out.push({ variable: v.name, index, words });
    }
  }
  return out;
}
