import { describe, expect, it } from "vitest";
import { endpointLabel, explain, ruleLabel } from "./explain";
import { addressLackText } from "../core/trace";
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
  it("says the words of the configuration notation in the reader's language, and nothing else", () => {
    const ja = messagesFor("ja");
    const en = messagesFor("en");
    const sg = (text: string) => ({ kind: "sg" as const, id: "web-sg/inbound/0", text });
    expect(ruleLabel(sg("TCP 443 from 0.0.0.0/0"), ja)).toBe("TCP 443 送信元 0.0.0.0/0");
    expect(ruleLabel(sg("TCP 1024-65535 to sg:db-sg"), ja)).toBe("TCP 1024-65535 送信先 sg:db-sg");
    expect(ruleLabel(sg("ICMP all types from 10.0.0.0/16"), ja)).toBe("ICMP すべてのタイプ 送信元 10.0.0.0/16");
    expect(ruleLabel(sg("ICMPV6 type 128 from ::/0"), ja)).toBe("ICMPV6 タイプ 128 送信元 ::/0");
    expect(ruleLabel(sg("TCP 443 from 0.0.0.0/0"), en)).toBe("TCP 443 from 0.0.0.0/0");
    const route = (text: string) => ({ kind: "route" as const, id: "rt/0", text });
    expect(ruleLabel(route("10.1.0.0/16 pcx-1 (blackhole)"), ja)).toBe("10.1.0.0/16 pcx-1 (ブラックホール)");
    expect(ruleLabel(route("10.2.0.0/16 blackhole"), ja)).toBe("10.2.0.0/16 ブラックホール");
    expect(ruleLabel(route("10.3.0.0/16 vpc-b (propagated)"), ja)).toBe("10.3.0.0/16 vpc-b (伝播)");
    expect(ruleLabel(route("0.0.0.0/0 igw"), ja)).toBe("0.0.0.0/0 igw");
    expect(ruleLabel({ kind: "home-filter", id: "pinhole/pc", text: "pinhole pc TCP 80" }, ja)).toBe(
      "ピンホール pc TCP 80",
    );
    // A NACL entry is notation only (Batfish's): unchanged in every language.
    expect(ruleLabel({ kind: "nacl", id: "acl/inbound/100", text: "100 TCP [80-80] 0.0.0.0/0 ALLOW" }, ja)).toBe(
      "100 TCP [80-80] 0.0.0.0/0 ALLOW",
    );
  });
  it("names a host without the address a packet needs in the reader's language", () => {
    const lack = { host: "web", address: "public-ipv4" } as const;
    expect(endpointLabel("web (no public IP)", lack, messagesFor("ja"))).toBe("web (パブリック IP なし)");
    expect(endpointLabel("web (no public IP)", lack, messagesFor("en"))).toBe("web (no public IP)");
    expect(endpointLabel("10.0.1.10", undefined, messagesFor("ja"))).toBe("10.0.1.10");
    expect(addressLackText({ host: "router", address: "wan-ipv4" })).toBe("router (no WAN IPv4 address)");
  });
});
