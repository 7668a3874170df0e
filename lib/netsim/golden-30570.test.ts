/** Golden tests for seed 000 (question 30570) and seed 001 (ephemeral ports per OS). */
import { describe, expect, it } from "vitest";
import { analyzeChoices, explainText, simulate } from "./authoring";
import { q30570 } from "./fixtures/scenarios";
import { scenarioOf, variant } from "./test-helpers";

const base = scenarioOf(q30570);

describe("question 30570: web server behind a deny-all NACL", () => {
  const a = analyzeChoices(base);
  it("derives the key SG-in-80, NACL-in-80, NACL-out-all", () => {
    expect(a.derivedKey).toEqual(["A", "B", "C"]);
    expect(a.isKeyMatched).toBe(true);
    expect(a.alternatives).toEqual([]);
  });
  it("classifies the distractors", () => {
    expect(a.choices.D?.verdict).toBe("not-needed");
    expect(a.choices.D?.reason.en).toMatch(/stateful|already/);
    expect(a.choices.E?.verdict).toBe("invalid");
    expect(a.choices.E?.reason.en).toMatch(/deny rule/);
    expect(a.choices.F?.verdict).toBe("too-permissive");
    expect(a.choices.F?.layer).toBe("network-acl");
  });
  it("explains a needed choice with the rule that drops the flow without it", () => {
    expect(a.choices.C?.reason.en).toMatch(/outbound rule \*/);
    expect(a.choices.C?.counterexample?.port).toBe(32768);
    expect(a.choices.B?.reason.ja).toMatch(/ネットワーク ACL/);
  });
  it("rejects NACL outbound TCP 80 only: the reply goes to the ephemeral port", () => {
    const s = variant(base, (x) => {
      x.choices.G = [
        {
          addNaclRule: {
            nacl: "web-nacl",
            outbound: { rule: 100, proto: "tcp", ports: 80, to: "0.0.0.0/0", action: "allow" },
          },
        },
      ];
      delete x.key;
    });
    const g = analyzeChoices(s).choices.G;
    expect(g?.verdict).toBe("not-needed");
    expect(g?.reason.en).toMatch(/insufficient/);
    expect(g?.reason.en).toMatch(/ephemeral/);
    expect(g?.counterexample?.port).toBe(32768);
  });
  it("traces the baseline drop at the NACL inbound * rule with its reason code", () => {
    const r = simulate(base);
    const http = r.flows.find((f) => f.flow === "http" && f.os === "linux");
    expect(http?.verdict).toBe("blocked");
    const last = http?.packets[0]?.steps.at(-1);
    expect(last?.component).toBe("network-acl");
    expect(last?.action).toBe("DENIED");
    expect(last?.reason).toBe("SUBNET_ACL_RESTRICTION");
    expect(last?.rule?.id).toBe("web-nacl/inbound/*");
  });
  it("after A+B+C delivers request and response for every OS, with the IGW translation visible", () => {
    const r = simulate(base, { choices: ["A", "B", "C"] });
    expect(r.flows.filter((f) => f.role === "goal").map((f) => f.verdict)).toEqual([
      "delivered",
      "delivered",
      "delivered",
    ]);
    const steps = r.flows[0]?.packets[0]?.steps ?? [];
    const igw = steps.find((s) => s.component === "internet-gateway");
    expect(igw?.action).toBe("TRANSFORMED");
    expect(igw?.before.dst).toBe("54.150.10.20");
    expect(igw?.after.dst).toBe("10.0.1.10");
    const reply = r.flows[0]?.packets[1]?.steps ?? [];
    expect(reply.map((s) => s.component)).toContain("internet-gateway");
    expect(r.isGoalMet).toBe(true);
  });
  it("without choice A the SG step names the missing inbound rule", () => {
    const r = simulate(base, { choices: ["B", "C"] });
    const step = r.flows[0]?.packets[0]?.steps.find((s) => s.action === "DENIED");
    expect(step?.reason).toBe("ENI_SG_RULES_MISMATCH");
    expect(step?.rule?.id).toBe("default/inbound/none");
  });
});

describe("ephemeral ports per OS (seed 001)", () => {
  const narrowOut = variant(base, (x) => {
    x.choices.C = [
      {
        addNaclRule: {
          nacl: "web-nacl",
          outbound: { rule: 100, proto: "tcp", ports: "32768-65535", to: "0.0.0.0/0", action: "allow" },
        },
      },
    ];
  });
  const r = simulate(narrowOut, { choices: ["A", "B", "C"] });
  const verdict = (os: string) => r.flows.find((f) => f.flow === "http" && f.os === os);
  it("passes Linux and Windows Vista+ but not Windows XP (1025-5000)", () => {
    expect(verdict("linux")?.verdict).toBe("delivered");
    expect(verdict("windows")?.verdict).toBe("delivered");
    expect(verdict("windows-xp")?.verdict).toBe("blocked");
    expect(verdict("windows-xp")?.counterexample?.port).toBe(1025);
  });
  it("reports a partial verdict with a counterexample when only part of one range passes", () => {
    const s = variant(base, (x) => {
      x.choices.C = [
        {
          addNaclRule: {
            nacl: "web-nacl",
            outbound: { rule: 100, proto: "tcp", ports: "1024-60000", to: "0.0.0.0/0", action: "allow" },
          },
        },
      ];
    });
    const linux = simulate(s, { choices: ["A", "B", "C"] }).flows.find((f) => f.os === "linux");
    expect(linux?.verdict).toBe("partial");
    expect(linux?.counterexample?.port).toBe(60001);
    expect(linux?.variables.find((v) => v.id === "client-port")?.passing).toEqual([{ from: 32768, to: 60000 }]);
  });
  it("distinguishes modern Linux (60999) from the AWS-quoted 61000", () => {
    const s = variant(base, (x) => {
      x.choices.C = [
        {
          addNaclRule: {
            nacl: "web-nacl",
            outbound: { rule: 100, proto: "tcp", ports: "32768-60999", to: "0.0.0.0/0", action: "allow" },
          },
        },
      ];
    });
    expect(simulate(s, { choices: ["A", "B", "C"], clientOs: "linux" }).flows[0]?.verdict).toBe("delivered");
    const legacy = simulate(s, { choices: ["A", "B", "C"], clientOs: "linux-legacy" }).flows[0];
    expect(legacy?.verdict).toBe("partial");
    expect(legacy?.counterexample?.port).toBe(61000);
  });
});

describe("forbidden flows", () => {
  it("are not blocked when the request arrives and only the reply is dropped", () => {
    const s = variant(base, (x) => {
      x.forbidden = [{ name: "web-exposed", from: "client", to: "web", app: "http", family: "ipv4" }];
    });
    const f = simulate(s, { choices: ["A", "B"] }).flows.find((x) => x.flow === "web-exposed" && x.os === "linux");
    expect(f?.verdict).toBe("blocked");
    expect(f?.isSatisfied).toBe(false);
    expect(explainText(f?.summary).en).toMatch(/request reaches/);
    expect(simulate(s, { choices: ["A"] }).flows.find((x) => x.flow === "web-exposed")?.isSatisfied).toBe(true);
  });
});
