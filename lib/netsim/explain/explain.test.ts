import { describe, expect, it } from "vitest";
import { explain, ruleLabel } from "./explain";
import { explainText, messagesFor } from "./texts";
import { fact } from "../core/fact";

describe("explain", () => {
  it("fills parameters, translates directions, OSes and port sets", () => {
    const f = fact("naclAllow", {
      nacl: "web-nacl",
      dir: "inbound",
      rule: "100",
      ruleText: "100 TCP [80] 0.0.0.0/0 ALLOW",
      ports: [{ from: 80, to: 80 }],
    });
    expect(explainText(f).ja).toBe(
      "ネットワーク ACL web-nacl のインバウンドルール 100 (100 TCP [80] 0.0.0.0/0 ALLOW) が宛先ポート 80 を許可しました。ルールは番号の小さい順に評価され、最初に一致したルールが適用されます。",
    );
    expect(explainText(f).en).toContain("Network ACL web-nacl inbound rule 100");
  });
  it("puts a fragment in only when its parameter is set", () => {
    const base = { nacl: "n", dir: "outbound", rule: "*", ruleText: "* ALL 0.0.0.0/0 DENY" };
    expect(
      explainText(fact("naclDeny", { ...base, isFinalRule: true, replyPorts: [{ from: 32768, to: 60999 }] })).en,
    ).toMatch(/final \* rule.*ephemeral ports 32768-60999/);
    expect(explainText(fact("naclDeny", { ...base, isFinalRule: false })).en).not.toMatch(/final|ephemeral/);
  });
  it("explains nested facts and names hosts by their learner-facing names", () => {
    const f = fact("flowBlocked", { flow: "http", os: "windows-xp", cause: fact("received", { host: "web" }) });
    expect(explain(f, messagesFor("ja"), { web: "Web サーバー" })).toBe(
      "http (Windows XP / Server 2003): 遮断されます。Web サーバー が受信しました。",
    );
  });
  it("says which fact has no sentence instead of failing", () => {
    expect(explainText(fact("noSuchCode")).en).toBe("(a fact with no sentence: noSuchCode)");
  });
  it("labels the rules that stand in for a missing one", () => {
    expect(ruleLabel({ kind: "sg", id: "web-sg/inbound/none", text: "x" }, messagesFor("ja"))).toBe(
      "一致する許可ルールなし (拒否)",
    );
    expect(
      ruleLabel({ kind: "firewall", id: "web/inbound/default", text: "default inbound block" }, messagesFor("en")),
    ).toBe("default action (block)");
    expect(ruleLabel({ kind: "firewall", id: "web/inbound/0", text: "rule 0" }, messagesFor("en"))).toBe("rule 1");
  });
});
