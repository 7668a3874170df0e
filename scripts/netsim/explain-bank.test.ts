/**
 * Every sentence a learner can read about every bank scenario, in Japanese and in English: each step of each packet
 * (baseline, the key applied, each choice alone), packet and port labels, flow verdicts, counterexamples, every
 * choice's verdict and the rule column. None may show a reason code, a row id (SG-1, NACL-2 …), a placeholder, a fact
 * without a sentence, or a sentence of the other language.
 */
import { describe, expect, it } from "vitest";
import { netsimExplain } from "@/lib/i18n/messages/netsim-explain";
import {
  analyzeChoices,
  explain,
  ruleLabel,
  simulate,
  type ExplainMessages,
  type Fact,
  type SimulationResult,
} from "@/lib/netsim";
import { bankScenarios } from "./bank";

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

function sentencesOf(r: SimulationResult, m: ExplainMessages): string[] {
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

function problemsIn(text: string, locale: "ja" | "en"): string[] {
  const found: string[] = [];
  if (REASON_CODE.test(text)) found.push("reason code");
  if (ROW_ID.test(text)) found.push("row id");
  if (PLACEHOLDER.test(text)) found.push("placeholder");
  if (/\bundefined\b|\bNaN\b|\[object Object\]/.test(text)) found.push("missing value");
  if (text.includes("(説明のない事実") || text.includes("(a fact with no sentence"))
    found.push("fact without a sentence");
  if (locale === "en" && JAPANESE.test(text)) found.push("Japanese in English");
  if (locale === "ja" && (ENGLISH_RUN.test(text) || EN_CHUNKS.some((c) => text.includes(c))))
    found.push("English in Japanese");
  return found;
}

describe("the sentence checks", () => {
  it.each([
    ["ja", "一致したルール: SUBNET_ACL_RESTRICTION", "reason code"],
    ["ja", "許可されます (SG-1)。", "row id"],
    ["ja", "この変更は設定できません: security groups have allow rules only", "English in Japanese"],
    ["ja", "ネットワーク ACL {nacl} が拒否しました。", "placeholder"],
    ["en", "The reply is 許可 by the rule.", "Japanese in English"],
  ] as const)("%s %s → %s", (locale, text, problem) => {
    expect(problemsIn(text, locale)).toContain(problem);
  });
  it("pass a clean sentence", () => {
    expect(
      problemsIn(
        "ネットワーク ACL web-nacl のインバウンドルール 100 (100 TCP [80] 0.0.0.0/0 ALLOW) が宛先ポート 80 を許可しました。",
        "ja",
      ),
    ).toEqual([]);
  });
});

describe("explanations of every bank scenario", async () => {
  const bank = await bankScenarios();
  it("has scenarios to read", () => expect(bank.length).toBeGreaterThanOrEqual(30));
  it.each(bank.map((b) => [b.id, b] as const))("%s: every sentence in ja and en is clean", (_id, b) => {
    const letters = Object.keys(b.scenario.choices);
    const runs = [
      simulate(b.scenario),
      ...(b.expectedKey.length ? [simulate(b.scenario, { choices: b.expectedKey })] : []),
      ...letters.map((l) => simulate(b.scenario, { choices: [l] })),
    ];
    const analysis = letters.length
      ? analyzeChoices(b.scenario, {
          expectedKey: b.expectedKey,
          ...(b.choose !== undefined ? { choose: b.choose } : {}),
        })
      : null;
    let count = 0;
    for (const locale of ["ja", "en"] as const) {
      const m = netsimExplain[locale];
      const texts = runs.flatMap((r) => sentencesOf(r, m));
      for (const v of Object.values(analysis?.choices ?? {}))
        texts.push(explain(v.reason, m), explain(v.counterexample?.fact, m));
      for (const f of analysis?.baseline.failing ?? []) texts.push(explain(f.fact, m));
      for (const text of texts.filter((t) => t !== "")) {
        count++;
        expect(problemsIn(text, locale), `${locale}: ${text}`).toEqual([]);
      }
    }
    expect(count).toBeGreaterThan(10);
  });
});
