/**
 * Every sentence a learner can read about every bank scenario, in Japanese and in English: each step of each packet
 * (baseline, the key applied, each choice alone), packet and port labels, flow verdicts, counterexamples, every
 * choice's verdict and the rule column. None may show a reason code, a row id (SG-1, NACL-2 …), a placeholder, a fact
 * without a sentence, or a sentence of the other language.
 */
import { describe, expect, it } from "vitest";
import { netsimExplain } from "@/lib/i18n/messages/netsim-explain";
import { explain, simulate } from "@/lib/netsim";
import { analyzeChoices } from "@/lib/netsim/analyze";
import { problemsIn, sentencesOf } from "./sentence-checks";
import { bankScenarios } from "./bank";

describe("the sentence checks", () => {
  it.each([
    ["ja", "一致したルール: SUBNET_ACL_RESTRICTION", "reason code"],
    ["ja", "許可されます (SG-1)。", "row id"],
    ["ja", "この変更は設定できません: security groups have allow rules only", "English in Japanese"],
    ["ja", "ネットワーク ACL {nacl} が拒否しました。", "placeholder"],
    ["en", "The reply is 許可 by the rule.", "Japanese in English"],
    ["en", "No inbound rule in security group app-sg allows this traffic (ICMP port ).", "empty port"],
    ["en", "No inbound rule in security group app-sg allows this traffic (ICMP port ).", "ICMP port"],
    ["ja", "セキュリティグループ app-sg に、この通信 (ICMP ポート ) を許可するルールがありません。", "ICMP port"],
    ["en", "monitor sends the packet (ICMP 10.0.1.10: → 10.0.2.10:).", "empty port"],
    [
      "ja",
      "ネットワーク ACL n のインバウンドルール 120 (120 ICMP all types 10.0.1.0/24 ALLOW) が宛先ポート  を許可しました。",
      "empty port",
    ],
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
