import { describe, expect, it } from "vitest";
import { scenarioOf } from "../test-helpers";
import type { Scenario } from "../scenario/schema";
import { declarationProblems, variablesSchema, type VariableDeclaration } from "./declaration";
import { explainedKey, generateVariant, sampleVariants, type TemplateTexts, type VariantTemplate } from "./generate";

/** A web server behind a security group and a custom NACL; as written, the NACL's inbound rule is missing. */
const server = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.1.0/24, routeTable: public-rt, nacl: web-nacl }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  web-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 0.0.0.0/0 } ] }
nacls:
  web-nacl:
    outbound: [ { rule: 100, proto: tcp, ports: 1024-65535, to: 0.0.0.0/0, action: allow } ]
hosts:
  web: { subnet: public, ip: 10.0.1.10, publicIp: 54.150.10.20, os: linux, securityGroups: [web-sg], listens: [https] }
internet:
  client: { ip: 198.51.100.20, os: all }
goals:
  - { name: https, from: client, to: web, app: https }
choices:
  A: [ addSgRule: { group: web-sg, inbound: { proto: tcp, ports: 443, from: 0.0.0.0/0 } } ]
  B: [ addNaclRule: { nacl: web-nacl, inbound: { rule: 100, proto: tcp, ports: 443, from: 0.0.0.0/0, action: allow } } ]
  C: [ addNaclRule: { nacl: web-nacl, outbound: { rule: 110, proto: tcp, ports: 1024-65535, to: 0.0.0.0/0, action: allow } } ]
  D: [ addSgRule: { group: web-sg, outbound: { proto: tcp, ports: 1024-65535, to: 0.0.0.0/0 } } ]
`);

const LAYERS = ["sg-inbound", "nacl-inbound", "nacl-outbound"] as const;
const stemWords = {
  "sg-inbound": ["SG in: none", "SG in: 443"],
  "nacl-inbound": ["NACL in: none", "NACL in: 443"],
  "nacl-outbound": ["NACL out: none", "NACL out: 1024-65535"],
} as const;
/** Per layer: the ja and en words of the stem line, and of the explanation of the choice that adds its rule. */
const gap: VariableDeclaration = {
  name: "gap",
  kind: "missing-layer",
  value: "nacl-inbound",
  values: [...LAYERS],
  rules: {
    "sg-inbound": { addSgRule: { group: "web-sg", inbound: { proto: "tcp", ports: 443, from: "0.0.0.0/0" } } },
    "nacl-inbound": {
      addNaclRule: {
        nacl: "web-nacl",
        inbound: { rule: 100, proto: "tcp", ports: 443, from: "0.0.0.0/0", action: "allow" },
      },
    },
    "nacl-outbound": {
      addNaclRule: {
        nacl: "web-nacl",
        outbound: { rule: 100, proto: "tcp", ports: "1024-65535", to: "0.0.0.0/0", action: "allow" },
      },
    },
  },
  texts: [
    ...LAYERS.map((layer) =>
      Object.fromEntries(LAYERS.map((l) => [l, l === layer ? stemWords[layer][0] : stemWords[layer][1]])),
    ),
    ...LAYERS.flatMap((layer) =>
      (["ja", "en"] as const).map((lang) =>
        Object.fromEntries(
          LAYERS.map((l) => [
            l,
            lang === "ja"
              ? `${l === layer ? "正解。" : "不正解。"}${layer} の説明 (${l})。`
              : `${l === layer ? "Correct." : "Incorrect."} About ${layer} (${l}).`,
          ]),
        ),
      ),
    ),
  ],
};

const texts = (lang: "ja" | "en"): TemplateTexts => {
  const line = (l: (typeof LAYERS)[number]) => stemWords[l][l === "nacl-inbound" ? 0 : 1];
  const why = (layer: (typeof LAYERS)[number]) =>
    lang === "ja"
      ? `<p>${layer === "nacl-inbound" ? "正解。" : "不正解。"}${layer} の説明 (nacl-inbound)。</p>`
      : `<p>${layer === "nacl-inbound" ? "Correct." : "Incorrect."} About ${layer} (nacl-inbound).</p>`;
  return {
    stem: `<ul><li>${LAYERS.map(line).join("</li><li>")}</li></ul>`,
    explanation: "<p>stateless</p>",
    choices: [
      { letter: "A", text: "SG inbound 443", explanation: why("sg-inbound") },
      { letter: "B", text: "NACL inbound 443", explanation: why("nacl-inbound") },
      { letter: "C", text: "NACL outbound 1024-65535", explanation: why("nacl-outbound") },
      {
        letter: "D",
        text: "SG outbound 1024-65535",
        explanation: lang === "ja" ? "<p>不正解。ステートフル。</p>" : "<p>Incorrect. Stateful.</p>",
      },
    ],
  };
};

const template = (variables: VariableDeclaration[], scenario = server): VariantTemplate => ({
  id: "net-9998",
  choose: 1,
  key: ["B"],
  variables,
  scenario,
  texts: { ja: texts("ja"), en: texts("en") },
});

const LETTER = { "sg-inbound": "A", "nacl-inbound": "B", "nacl-outbound": "C" } as const;

describe("missing-layer variables", () => {
  it("moves the missing rule to the drawn layer, rewrites the texts, and the analysis's key moves with it", () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const result = generateVariant(template([gap]), seed);
      if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
      const { variant } = result;
      const drawn = variant.values[0]?.to as (typeof LAYERS)[number];
      seen.add(drawn);
      expect(drawn).not.toBe("nacl-inbound");
      expect(variant.key).toEqual([LETTER[drawn]]);
      // The scenario: the written layer's rule is back, the drawn layer's is gone.
      const sgIn = variant.scenario.securityGroups?.["web-sg"]?.inbound ?? [];
      const nacl = variant.scenario.nacls?.["web-nacl"];
      expect(sgIn.length).toBe(drawn === "sg-inbound" ? 0 : 1);
      expect(nacl?.inbound?.length).toBe(1);
      expect(nacl?.outbound?.length).toBe(drawn === "nacl-outbound" ? 0 : 1);
      // The texts: the stem names the drawn layer as the empty one, the explanations mark the new key.
      expect(variant.texts.ja?.stem).toContain(stemWords[drawn][0]);
      expect(variant.texts.en?.stem).toContain(stemWords["nacl-inbound"][1]);
      const ja = variant.texts.ja?.choices.find((c) => c.letter === LETTER[drawn])?.explanation ?? "";
      expect(ja).toContain(`正解。${drawn} の説明 (${drawn})`);
      expect(variant.texts.en?.choices[1]?.explanation).toContain("Incorrect. About nacl-inbound");
      expect(variant.verdicts.D?.verdict).not.toBe("needed");
    }
    expect(seen).toEqual(new Set(["sg-inbound", "nacl-outbound"]));
  });

  it("rejects a draw whose explanations do not follow the analysis (key-changed), counted by reason", () => {
    // Without the texts, every draw keeps B's 正解。 while the analysis moves the key.
    const bare = { ...gap, texts: undefined } as VariableDeclaration;
    const sample = sampleVariants(template([bare]), 20);
    expect(sample).toMatchObject({ clean: 0, rejections: { "key-changed": 20 } });
  });

  it("rejects a declaration whose drawn layer's rule is not in the scenario (scenario-invalid)", () => {
    const noOut = { ...server, nacls: { "web-nacl": { kind: "custom", inbound: [], outbound: [] } } } as Scenario;
    const sample = sampleVariants(template([gap], noOut), 20);
    expect(sample.rejections["scenario-invalid"]).toBeGreaterThan(0);
    const bad = sample.examples.find((e) => !e.ok && e.reason === "scenario-invalid");
    expect(bad && !bad.ok && bad.detail).toContain("is not in the scenario");
  });

  it("checks the declaration: a rule per value, of the layer's kind, and texts for every value", () => {
    expect(declarationProblems([gap])).toEqual([]);
    const wrong = variablesSchema.parse([
      {
        name: "gap",
        kind: "missing-layer",
        value: "sg-inbound",
        values: ["sg-inbound", "route"],
        rules: { "sg-inbound": { addNaclRule: { nacl: "x", inbound: {} } } },
        texts: [{ "sg-inbound": "a" }],
      },
    ]);
    expect(declarationProblems(wrong)).toEqual([
      "variable gap: sg-inbound: the rule is an addSgRule",
      "variable gap: no rule for route",
      "variable gap: texts[0] has no words for route",
    ]);
  });
});

describe("missing-layer variables with broken rules", () => {
  /** Each layer's wrong rule: the SG admits only the VPC, the NACL's directions have each other's ports. */
  const broken = {
    "sg-inbound": { addSgRule: { group: "web-sg", inbound: { proto: "tcp", ports: 443, from: "10.0.0.0/16" } } },
    "nacl-inbound": {
      addNaclRule: {
        nacl: "web-nacl",
        inbound: { rule: 100, proto: "tcp", ports: "1024-65535", from: "0.0.0.0/0", action: "allow" },
      },
    },
    "nacl-outbound": {
      addNaclRule: {
        nacl: "web-nacl",
        outbound: { rule: 100, proto: "tcp", ports: 443, to: "0.0.0.0/0", action: "allow" },
      },
    },
  } as const;
  /** As written, the NACL's inbound rule is the broken one (ephemeral ports instead of 443). */
  const written = {
    ...server,
    nacls: {
      "web-nacl": {
        ...server.nacls?.["web-nacl"],
        inbound: [{ rule: 100, proto: "tcp", ports: "1024-65535", from: "0.0.0.0/0", action: "allow" }],
      },
    },
  } as unknown as Scenario;
  const withBroken = { ...gap, broken } as VariableDeclaration;

  it("puts the drawn layer's broken rule in its place (every layer keeps a rule) and the key moves", () => {
    expect(declarationProblems([withBroken])).toEqual([]);
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const result = generateVariant(template([withBroken], written), seed);
      if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
      const { variant } = result;
      const drawn = variant.values[0]?.to as (typeof LAYERS)[number];
      seen.add(drawn);
      expect(variant.key).toEqual([LETTER[drawn]]);
      const sgIn = variant.scenario.securityGroups?.["web-sg"]?.inbound ?? [];
      const nacl = variant.scenario.nacls?.["web-nacl"];
      // No layer is empty: the drawn one carries its broken rule, the written one its right rule.
      expect(sgIn).toHaveLength(1);
      expect(nacl?.inbound).toHaveLength(1);
      expect(nacl?.outbound).toHaveLength(1);
      expect(String(nacl?.inbound?.[0]?.ports)).toMatch(/^443(-443)?$/);
      if (drawn === "sg-inbound") expect(sgIn[0]).toMatchObject({ from: "10.0.0.0/16" });
      if (drawn === "nacl-outbound") expect(String(nacl?.outbound?.[0]?.ports)).toMatch(/^443(-443)?$/);
    }
    expect(seen).toEqual(new Set(["sg-inbound", "nacl-outbound"]));
  });

  it("rejects a draw whose broken rule actually works: the goal is met already, the analysis derives no key", () => {
    // TCP 1-65535 from anywhere admits the requests to 443: the SG layer is not broken at all.
    const works = {
      ...withBroken,
      broken: {
        ...broken,
        "sg-inbound": {
          addSgRule: { group: "web-sg", inbound: { proto: "tcp", ports: "1-65535", from: "0.0.0.0/0" } },
        },
      },
    } as VariableDeclaration;
    let sgDraws = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const result = generateVariant(template([works], written), seed);
      const drawn = (result.ok ? result.variant.values : result.values)[0]?.to;
      if (drawn !== "sg-inbound") {
        // The other draws stay clean.
        expect(result.ok).toBe(true);
        continue;
      }
      sgDraws++;
      expect(result).toMatchObject({ ok: false, reason: "key-size", analysis: { key: [] } });
    }
    expect(sgDraws).toBeGreaterThan(0);
  });

  it("replaces a choice's changes in the draws that declare them", () => {
    // In the sg-inbound draw, C (the NACL outbound fix) becomes "NACL outbound rule 110: TCP 22" (still wrong).
    const choices = {
      "sg-inbound": {
        C: [
          {
            addNaclRule: {
              nacl: "web-nacl",
              outbound: { rule: 110, proto: "tcp", ports: 22, to: "0.0.0.0/0", action: "allow" },
            },
          },
        ],
      },
    };
    const v = { ...withBroken, choices } as VariableDeclaration;
    for (let seed = 1; seed <= 8; seed++) {
      const result = generateVariant(template([v], written), seed);
      if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
      const ports = (result.variant.scenario.choices.C?.[0] as { addNaclRule?: { outbound?: { ports?: unknown } } })
        ?.addNaclRule?.outbound?.ports;
      expect(String(ports)).toMatch(result.variant.values[0]?.to === "sg-inbound" ? /^22/ : /^1024-65535$/);
    }
  });

  it("checks broken rules and per-draw choices in the declaration", () => {
    const wrong = variablesSchema.parse([
      {
        ...withBroken,
        broken: {
          ...broken,
          "sg-inbound": broken["nacl-inbound"],
          route: gap.kind === "missing-layer" ? gap.rules["sg-inbound"] : undefined,
        },
        choices: { "nacl-inbound": { A: [] }, route: { A: [] } },
      },
    ]);
    expect(declarationProblems(wrong)).toEqual([
      "variable gap: broken sg-inbound: the rule is an addSgRule",
      "variable gap: broken names route, which is not among the values",
      "variable gap: choices for nacl-inbound: the written value's choices are the scenario's",
      "variable gap: choices names route, which is not among the values",
    ]);
  });
});

describe("explainedKey", () => {
  it("reads the key from 正解 / Correct and reports a language disagreement", () => {
    expect(explainedKey({ ja: texts("ja"), en: texts("en") })).toEqual({ key: ["B"] });
    const en = texts("en");
    en.choices[0] = { letter: "A", text: "x", explanation: "<p>Correct. no</p>" };
    expect(explainedKey({ ja: texts("ja"), en })).toEqual({
      problem: "the ja explanations mark [B], the en ones [A, B]",
    });
  });
});

/** IPv4 or IPv6: outbound-only access from a private subnet, through a NAT gateway or an egress-only IGW. */
const outbound = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, ipv6Cidr: "2001:db8:1234:1a00::/56", internetGateway: igw, egressOnlyInternetGateway: eigw }
subnets:
  public: { cidr: 10.0.0.0/24, ipv6Cidr: "2001:db8:1234:1a00::/64", routeTable: public-rt }
  private: { cidr: 10.0.1.0/24, ipv6Cidr: "2001:db8:1234:1a01::/64", routeTable: private-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw }, { to: "::/0", via: igw } ] }
  private-rt: { routes: [] }
natGateways:
  nat: { subnet: public, ip: 10.0.0.10, elasticIp: 52.0.0.10 }
securityGroups:
  app-sg: { kind: new }
hosts:
  app: { subnet: private, ip: 10.0.1.20, ipv6: "2001:db8:1234:1a01::20", os: linux, securityGroups: [app-sg] }
internet:
  repo: { ip: 203.0.113.80, ipv6: "2001:db8:ffff::80", listens: [https] }
goals:
  - { name: download, from: app, to: repo, app: https }
choices:
  A: [ addRoute: { table: private-rt, to: 0.0.0.0/0, via: nat } ]
  B: [ addRoute: { table: private-rt, to: 10.0.0.0/8, via: nat } ]
  C: [ addSgRule: { group: app-sg, inbound: { proto: tcp, ports: 443, from: 0.0.0.0/0 } } ]
`);

const family: VariableDeclaration = {
  name: "family",
  kind: "ip-family",
  value: "ipv4",
  swap: {
    "0.0.0.0/0": "::/0",
    "10.0.0.0/8": "fd00::/8",
    nat: "eigw",
    "10.0.1.20": "2001:db8:1234:1a01::20",
  },
  texts: [
    { ipv4: "NAT ゲートウェイ", ipv6: "Egress-Only インターネットゲートウェイ" },
    { ipv4: "a NAT gateway", ipv6: "an egress-only internet gateway" },
  ],
};

const familyTexts = (lang: "ja" | "en"): TemplateTexts => ({
  stem:
    lang === "ja"
      ? "<p>10.0.1.20 から NAT ゲートウェイ経由で 0.0.0.0/0 へ。</p>"
      : "<p>10.0.1.20 reaches 0.0.0.0/0 through a NAT gateway.</p>",
  explanation: "<p>IPv4: 0.0.0.0/0 → nat; IPv6: ::/0 → eigw</p>",
  choices: [
    { letter: "A", text: "0.0.0.0/0 → nat", explanation: lang === "ja" ? "<p>正解。</p>" : "<p>Correct.</p>" },
    { letter: "B", text: "10.0.0.0/8 → nat", explanation: lang === "ja" ? "<p>不正解。</p>" : "<p>Incorrect.</p>" },
    { letter: "C", text: "SG 443", explanation: lang === "ja" ? "<p>不正解。</p>" : "<p>Incorrect.</p>" },
  ],
});

describe("ip-family variables", () => {
  const t: VariantTemplate = {
    id: "net-9997",
    choose: 1,
    key: ["A"],
    variables: [family],
    scenario: outbound,
    texts: { ja: familyTexts("ja"), en: familyTexts("en") },
  };

  it("the IPv6 draw swaps CIDRs, addresses and the gateway, sets the flows' family, and is proven by the analysis", () => {
    const result = generateVariant(t, 1);
    if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
    const { variant } = result;
    expect(variant.values).toEqual([{ name: "family", kind: "ip-family", from: "ipv4", to: "ipv6" }]);
    expect(variant.scenario.goals[0]?.family).toBe("ipv6");
    expect(variant.scenario.choices.A).toEqual([{ addRoute: { table: "private-rt", to: "::/0", via: "eigw" } }]);
    // Strings that are not whole swapped values stay (the IPv4 CIDR of the subnet, the NAT gateway's own id).
    expect(variant.scenario.subnets.private?.cidr).toBe("10.0.1.0/24");
    expect(variant.texts.ja?.stem).toBe(
      "<p>2001:db8:1234:1a01::20 から Egress-Only インターネットゲートウェイ経由で ::/0 へ。</p>",
    );
    expect(variant.texts.en?.choices[0]?.text).toBe("::/0 → eigw");
    // The explanation teaches both families: swaps leave it alone (only `texts:` entries rewrite explanations).
    expect(variant.texts.en?.explanation).toBe("<p>IPv4: 0.0.0.0/0 → nat; IPv6: ::/0 → eigw</p>");
    expect(variant.key).toEqual(["A"]);
  });

  it("the IPv6 draw with the NAT gateway's route is rejected: the analysis finds no key (key-size)", () => {
    const natOnly: VariableDeclaration = { ...family, swap: { "0.0.0.0/0": "::/0", "10.0.0.0/8": "fd00::/8" } };
    const result = generateVariant({ ...t, variables: [natOnly] }, 1);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(["key-size", "scenario-invalid"]).toContain(result.reason);
  });

  it("an entry with equal words protects them from the swap", () => {
    const stem = "<p>SG allows 0.0.0.0/0 and ::/0; route 0.0.0.0/0 is missing.</p>";
    const protectedWords: VariableDeclaration = {
      ...family,
      texts: [{ ipv4: "0.0.0.0/0 and ::/0", ipv6: "0.0.0.0/0 and ::/0" }],
    };
    const en = { ...familyTexts("en"), stem };
    const result = generateVariant({ ...t, variables: [protectedWords], texts: { en } }, 1);
    if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
    expect(result.variant.texts.en?.stem).toBe("<p>SG allows 0.0.0.0/0 and ::/0; route ::/0 is missing.</p>");
  });

  it("cannot be combined with network or address variables", () => {
    const net: VariableDeclaration = { name: "n", kind: "network", value: "10.0.1.0/24", within: "10.0.0.0/16" };
    expect(declarationProblems([family, net])).toEqual([
      "variable family: ip-family cannot be combined with network or address variables",
    ]);
  });
});

/** A client instance whose OS decides which return range is right (net-0013's situation). */
const client = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.1.0/24, routeTable: public-rt, nacl: app-nacl }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  app-sg: { kind: new }
nacls:
  app-nacl:
    outbound: [ { rule: 100, proto: tcp, ports: 443, to: 0.0.0.0/0, action: allow } ]
hosts:
  app: { subnet: public, ip: 10.0.1.20, publicIp: 54.150.10.20, os: windows, securityGroups: [app-sg] }
internet:
  repo: { ip: 203.0.113.80, listens: [https] }
goals:
  - { name: download, from: app, to: repo, app: https }
choices:
  A: [ addNaclRule: { nacl: app-nacl, inbound: { rule: 100, proto: tcp, ports: 32768-60999, from: 0.0.0.0/0, action: allow } } ]
  B: [ addNaclRule: { nacl: app-nacl, inbound: { rule: 100, proto: tcp, ports: 49152-65535, from: 0.0.0.0/0, action: allow } } ]
`);

describe("os variables with ranges: keep and texts", () => {
  const mark = (right: boolean, lang: "ja" | "en") =>
    lang === "ja" ? (right ? "正解。" : "不正解。") : right ? "Correct." : "Incorrect.";
  const osTexts = (lang: "ja" | "en"): TemplateTexts => ({
    stem: "<p>A Windows Server 2022 instance (Windows) downloads.</p>",
    explanation: "<p>Linux 32768–60999, Windows 49152–65535</p>",
    choices: [
      { letter: "A", text: "32768–60999", explanation: `<p>${mark(false, lang)} Linux range.</p>` },
      { letter: "B", text: "49152–65535", explanation: `<p>${mark(true, lang)} Windows range.</p>` },
    ],
  });
  const os: VariableDeclaration = {
    name: "client",
    kind: "os",
    value: "windows",
    values: ["windows", "linux"],
    ranges: "keep",
    texts: [
      { windows: "A Windows Server 2022 instance", linux: "An Amazon Linux 2023 instance" },
      ...(["ja", "en"] as const).flatMap((lang) => [
        { windows: `${mark(false, lang)} Linux range.`, linux: `${mark(true, lang)} Linux range.` },
        { windows: `${mark(true, lang)} Windows range.`, linux: `${mark(false, lang)} Windows range.` },
      ]),
    ],
  };
  const t: VariantTemplate = {
    id: "net-9996",
    choose: 1,
    key: ["B"],
    variables: [os],
    scenario: client,
    texts: { ja: osTexts("ja"), en: osTexts("en") },
  };

  it("the Linux draw keeps the choices' ranges and the other words, renames the OS and moves the key to A", () => {
    const result = generateVariant(t, 1);
    if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
    const { variant } = result;
    expect(variant.scenario.hosts?.app?.os).toBe("linux");
    expect(variant.key).toEqual(["A"]);
    expect(variant.texts.en?.stem).toBe("<p>An Amazon Linux 2023 instance (Windows) downloads.</p>");
    expect(variant.texts.ja?.explanation).toBe("<p>Linux 32768–60999, Windows 49152–65535</p>");
    expect(variant.texts.ja?.choices.map((c) => c.text)).toEqual(["32768–60999", "49152–65535"]);
    expect(variant.texts.ja?.choices[0]?.explanation).toBe("<p>正解。 Linux range.</p>");
  });

  it("without the texts entries every Linux draw is rejected as key-changed, and counted so", () => {
    const bare = { ...os, texts: undefined } as VariableDeclaration;
    expect(sampleVariants({ ...t, variables: [bare] }, 10)).toMatchObject({
      clean: 0,
      rejections: { "key-changed": 10 },
    });
  });
});
