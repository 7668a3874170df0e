/**
 * Checks on a learner's sentence (shared by the explanation tests): no reason code, row id, placeholder, missing value,
 * empty port, port of an ICMP message (ICMP has types, not ports), fact without a sentence, or text of the other
 * language.
 */
import { netsimExplain } from "@/lib/i18n/messages/netsim-explain";
import { explain, ruleLabel, type ExplainMessages, type Fact, type SimulationResult } from "@/lib/netsim";

const REASON_CODE = /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/;
const ROW_ID = /\b(?:SG|NACL|RT|FTP|ELB|LNX|H)-\d+\b/;
const PLACEHOLDER = /\{[A-Za-z]+\}/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ENGLISH_RUN = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

/** The fixed parts of the English catalogue (12 characters or more): none may appear in a Japanese sentence. */
function englishChunks(m: ExplainMessages): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string")
      for (const part of v.split(/\{[A-Za-z]+\}/)) {
        const p = part.trim();
        if (p.length >= 12 && /[a-z]{3}/.test(p)) out.push(p);
      }
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(m.facts);
  walk(m.invalid);
  return out;
}
const EN_CHUNKS = englishChunks(netsimExplain.en);

export function problemsIn(text: string, locale: "ja" | "en"): string[] {
  const found: string[] = [];
  if (REASON_CODE.test(text)) found.push("reason code");
  if (ROW_ID.test(text)) found.push("row id");
  if (PLACEHOLDER.test(text)) found.push("placeholder");
  if (/\bundefined\b|\bNaN\b|\[object Object\]/.test(text)) found.push("missing value");
  if (/\bports? [):]|ポート +[)を]|\d: →|\d:\)/.test(text)) found.push("empty port");
  if (/\bICMP(?:v6)? (?:ports?|ポート)/.test(text)) found.push("ICMP port");
  if (text.includes("(説明のない事実") || text.includes("(a fact with no sentence"))
    found.push("fact without a sentence");
  if (locale === "en" && JAPANESE.test(text)) found.push("Japanese in English");
  if (locale === "ja" && (ENGLISH_RUN.test(text) || EN_CHUNKS.some((c) => text.includes(c))))
    found.push("English in Japanese");
  return found;
}

export function sentencesOf(r: SimulationResult, m: ExplainMessages): string[] {
  const facts: (Fact | undefined)[] = [];
  const out: string[] = [];
  for (const inv of r.invalid) facts.push(inv.reason);
  for (const f of r.flows) {
    facts.push(f.summary, f.counterexample?.fact);
    for (const v of f.variables) facts.push(v.label);
    for (const p of f.packets) {
      facts.push(p.label);
      for (const s of p.steps) {
        facts.push(s.fact);
        if (s.rule) out.push(ruleLabel(s.rule, m));
      }
    }
  }
  return [...out, ...facts.filter((f): f is Fact => f !== undefined).map((f) => explain(f, m))];
}
