import { describe, expect, it } from "vitest";
import { scenarioOf } from "../test-helpers";
import type { Scenario } from "../scenario/schema";
import { declarationProblems, variablesSchema, type VariableDeclaration } from "./declaration";
import { generateVariant, sampleVariants, type TemplateTexts, type VariantTemplate } from "./generate";

/** A Windows instance downloads over HTTPS through a custom NACL (net-0013's situation). */
const download = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.1.0/24, routeTable: public-rt, nacl: app-nacl }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  app-sg: { kind: new }
nacls:
  app-nacl:
    kind: custom
    outbound:
      - { rule: 100, proto: tcp, ports: 443, to: 0.0.0.0/0, action: allow }
hosts:
  app: { subnet: public, ip: 10.0.1.20, publicIp: 54.150.10.20, os: windows, securityGroups: [app-sg] }
internet:
  repo: { ip: 203.0.113.80, listens: [https, http] }
goals:
  - { name: download, from: app, to: repo, app: https }
choices:
  A: [ addNaclRule: { nacl: app-nacl, inbound: { rule: 110, proto: tcp, ports: 443, from: 0.0.0.0/0, action: allow } } ]
  B: [ addNaclRule: { nacl: app-nacl, inbound: { rule: 110, proto: tcp, ports: 32768-60999, from: 0.0.0.0/0, action: allow } } ]
  C: [ addNaclRule: { nacl: app-nacl, inbound: { rule: 110, proto: tcp, ports: 49152-65535, from: 0.0.0.0/0, action: allow } } ]
  D: [ addSgRule: { group: app-sg, inbound: { proto: tcp, ports: 49152-65535, from: 0.0.0.0/0 } } ]
`);

const texts = (lang: "ja" | "en"): TemplateTexts => ({
  stem:
    lang === "ja"
      ? "<p>Windows のインスタンス 10.0.1.20 (サブネット 10.0.1.0/24) は HTTPS (TCP 443) でダウンロードします。ルール 100 を見てください。</p>"
      : '<p>A Windows instance 10.0.1.20 (subnet 10.0.1.0/24) downloads over HTTPS (TCP 443); see rule 100 and <a href="https://docs.aws.amazon.com/">HTTPS docs</a>.</p>',
  explanation: "<p>49152–65535 / 32768–60999</p>",
  choices: [
    { letter: "A", text: "rule 110: TCP 443", explanation: "no" },
    { letter: "B", text: "rule 110: TCP 32768-60999", explanation: "no" },
    { letter: "C", text: "rule 110: TCP 49152-65535", explanation: "yes" },
    { letter: "D", text: "SG TCP 49152-65535", explanation: "no" },
  ],
});

function templateWith(variables: VariableDeclaration[], scenario: Scenario = download, key = ["C"]): VariantTemplate {
  return { id: "net-9999", choose: 1, key, variables, scenario, texts: { ja: texts("ja"), en: texts("en") } };
}

const subnet: VariableDeclaration = { name: "subnet", kind: "network", value: "10.0.1.0/24", within: "10.0.0.0/16" };
const service: VariableDeclaration = { name: "service", kind: "service", value: "https", values: ["https", "http"] };

describe("generateVariant", () => {
  it("is deterministic: the same seed gives the same variant, other seeds other ones", () => {
    const t = templateWith([subnet, service]);
    expect(generateVariant(t, 42)).toEqual(generateVariant(templateWith([subnet, service]), 42));
    const subnets = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(generateVariant(t, seed))));
    expect(subnets.size).toBe(5);
  });

  it("rewrites the scenario and the ja and en texts with the drawn values, never inside HTML tags", () => {
    const result = generateVariant(templateWith([subnet, service]), 7);
    if (!result.ok) throw new Error(result.detail);
    const { variant } = result;
    const drawn = variant.values.find((v) => v.name === "subnet")?.to ?? "";
    const prefix = drawn.split(".").slice(0, 3).join(".");
    expect(drawn).not.toBe("10.0.1.0/24");
    expect(variant.scenario.subnets.public?.cidr).toBe(drawn);
    expect(variant.scenario.hosts?.app?.ip).toBe(`${prefix}.20`);
    expect(variant.texts.ja?.stem).toContain(`${prefix}.20 (サブネット ${drawn})`);
    expect(variant.texts.en?.stem).toContain(`${prefix}.20 (subnet ${drawn})`);
    expect(variant.texts.en?.stem).toContain('href="https://docs.aws.amazon.com/"');
    const toHttp = variant.values.find((v) => v.name === "service")?.to === "http";
    expect(variant.texts.ja?.stem).toContain(toHttp ? "HTTP (TCP 80)" : "HTTPS (TCP 443)");
    expect(variant.scenario.goals[0]?.app).toBe(toHttp ? "http" : "https");
    expect(variant.key).toEqual(["C"]);
    expect(variant.verdicts.A?.verdict).toBe("not-needed");
  });

  it("renumbers rules keeping their order, in the scenario and the texts", () => {
    const rules: VariableDeclaration = { name: "rules", kind: "rule-numbers", value: [100, 110], order: "keep" };
    const result = generateVariant(templateWith([rules]), 3);
    if (!result.ok) throw new Error(result.detail);
    const nacl = result.variant.scenario.nacls?.["app-nacl"];
    const out = nacl?.outbound?.[0]?.rule ?? 0;
    const added = result.variant.scenario.choices.C?.[0];
    const inRule = added && "addNaclRule" in added ? (added.addNaclRule?.inbound?.rule ?? 0) : 0;
    expect(out).toBeLessThan(inRule);
    expect(result.variant.texts.ja?.stem).toContain(`ルール ${out} `);
    expect(result.variant.texts.en?.choices[2]?.text).toBe(`rule ${inRule}: TCP 49152-65535`);
  });

  it("rejects a variant whose choices become the same (equivalent-choices)", () => {
    // Linux's range is 32768-60999: C then makes the same change as B.
    const os: VariableDeclaration = {
      name: "os",
      kind: "os",
      value: "windows",
      values: ["windows", "linux"],
      ranges: "rewrite",
    };
    const result = generateVariant(templateWith([os]), 1);
    expect(result).toMatchObject({ ok: false, reason: "equivalent-choices" });
  });

  it("lets the analysis decide when rule order may change: a deny rule drawn first leaves no key (key-size)", () => {
    const rules: VariableDeclaration = { name: "rules", kind: "rule-numbers", value: [110, 120], order: "any" };
    const nacl = download.nacls?.["app-nacl"];
    const deny = { rule: 120, proto: "all" as const, from: "0.0.0.0/0", action: "deny" as const };
    const withDeny = { ...download, nacls: { "app-nacl": { ...nacl, inbound: [deny] } } } as Scenario;
    const sample = sampleVariants(templateWith([rules], withDeny), 40);
    expect(sample.rejections["key-size"]).toBeGreaterThan(0);
    expect(sample.clean).toBeGreaterThan(0);
    expect(sample.clean + (sample.rejections["key-size"] ?? 0)).toBe(40);
  });

  it("rejects a rewritten scenario that no longer validates (scenario-invalid) and a block with no room (no-room)", () => {
    const outside: VariableDeclaration = {
      name: "subnet",
      kind: "network",
      value: "10.0.1.0/24",
      within: "10.0.0.0/8",
    };
    const sample = sampleVariants(templateWith([outside]), 20);
    expect(sample.rejections["scenario-invalid"]).toBeGreaterThan(0);
    const tight: VariableDeclaration = { name: "ip", kind: "address", value: "10.0.1.20", within: "10.0.1.20/31" };
    const crowded = { ...download, internet: { repo: { ip: "10.0.1.21", os: "all", listens: ["https"] } } } as Scenario;
    expect(generateVariant(templateWith([tight], crowded), 1)).toMatchObject({ ok: false, reason: "no-room" });
  });

  it("reports the key-changed reason when the analysis finds another answer than the marks", () => {
    expect(generateVariant(templateWith([subnet], download, ["A"]), 1)).toMatchObject({
      ok: false,
      reason: "key-changed",
    });
  });
});

describe("declarations", () => {
  it("parses the kinds and reports mistakes zod cannot see", () => {
    const parsed = variablesSchema.parse([
      { name: "lan", kind: "network", value: "192.168.1.0/24", within: "192.168.0.0/16" },
      { name: "rules", kind: "rule-numbers", value: [100, 110] },
    ]);
    expect(parsed[1]).toMatchObject({ order: "keep" });
    expect(declarationProblems(parsed)).toEqual([]);
    expect(
      declarationProblems([
        { name: "lan", kind: "network", value: "192.168.1.0/24", within: "10.0.0.0/8" },
        { name: "lan", kind: "service", value: "https", values: ["http", "ssh"] },
      ]),
    ).toEqual([
      "variable lan: 192.168.1.0/24 is not inside 10.0.0.0/8",
      "variable lan is declared twice",
      "variable lan: values must include the value as written (https)",
    ]);
    expect(variablesSchema.safeParse([{ name: "x", kind: "colour" }]).success).toBe(false);
  });
});
