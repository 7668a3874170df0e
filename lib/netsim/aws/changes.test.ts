import { describe, expect, it } from "vitest";
import { analyzeChoices, explainText, simulate } from "../authoring";
import { applyChoices } from "./changes";
import { q30570 } from "../fixtures/scenarios";
import { scenarioOf, variant } from "../test-helpers";
import type { Change } from "../scenario/schema";

const base = scenarioOf(q30570);
const withChoice = (c: Change[]) =>
  variant(base, (x) => {
    x.choices = { A: c };
    delete x.key;
  });
const verdictOf = (c: Change[]) => analyzeChoices(withChoice(c)).choices.A;

describe("choice changes AWS cannot express are invalid, not scenario errors", () => {
  it.each([
    [
      "NACL rule number 0",
      {
        addNaclRule: {
          nacl: "web-nacl",
          inbound: { rule: 0, proto: "tcp", ports: 80, from: "0.0.0.0/0", action: "allow" },
        },
      },
      /outside 1-32766/,
    ],
    [
      "NACL rule number 40000",
      {
        addNaclRule: {
          nacl: "web-nacl",
          inbound: { rule: 40000, proto: "tcp", ports: 80, from: "0.0.0.0/0", action: "allow" },
        },
      },
      /outside 1-32766/,
    ],
    [
      "SG deny rule",
      { addSgRule: { group: "default", inbound: { proto: "all", from: "0.0.0.0/0", action: "deny" } } },
      /allow rules only/,
    ],
    [
      "route to a missing target",
      { addRoute: { table: "public-rt", to: "10.9.0.0/16", via: "tgw-1" } },
      /does not exist/,
    ],
    [
      "NACL referencing a security group",
      {
        addNaclRule: {
          nacl: "web-nacl",
          inbound: { rule: 50, proto: "tcp", ports: 80, from: "default", action: "allow" },
        },
      },
      /not a CIDR/,
    ],
    ["removing the * rule", { removeNaclRule: { nacl: "web-nacl", inbound: 32767 } }, /cannot be removed/],
  ] as [string, Change, RegExp][])("%s", (_name, change, reason) => {
    const v = verdictOf([change]);
    expect(v?.verdict).toBe("invalid");
    // The validator's own words are the authors' detail; the learner reads the sentence of the problem's kind.
    expect(String(v?.reason.params?.detail)).toMatch(reason);
    expect(v?.reason.en).toMatch(/^This change cannot be made: /);
    expect(v?.reason.ja).toMatch(/^この変更は設定できません: /);
  });
  it("names the local-route rule for a route equal to or inside the VPC CIDR (RT-2)", () => {
    const equal = verdictOf([{ addRoute: { table: "public-rt", to: "10.0.0.0/16", via: "igw" } }]);
    expect(equal?.verdict).toBe("invalid");
    expect(equal?.reason.params?.kind).toBe("localRouteEqual");
    expect(equal?.reason.en).toMatch(/local route/);
    expect(equal?.reason.en).not.toMatch(/cannot express/);
    expect(equal?.reason.ja).toMatch(/ローカルルート/);
    const inside = verdictOf([{ addRoute: { table: "public-rt", to: "10.0.9.0/24", via: "igw" } }]);
    expect(inside?.reason.params?.kind).toBe("localRouteMoreSpecific");
    expect(inside?.reason.en).toMatch(/more specific than the local route/);
  });
  it("rejects a duplicate NACL rule number (entries are replaced, not edited: NACL-2)", () => {
    const { invalid } = applyChoices(
      variant(base, (x) => {
        x.choices.Z = [x.choices.B?.[0] as Change, x.choices.B?.[0] as Change];
      }),
      ["Z"],
    );
    expect(invalid).toHaveLength(1);
    expect(explainText(invalid[0]?.reason).en).toMatch(/already exists/);
    expect(invalid[0]?.reason.params?.detail).toMatch(/already exists/);
  });
  it("reverts an invalid change and keeps the valid ones of the same choice", () => {
    const s = variant(base, (x) => {
      x.choices.Z = [
        { addSgRule: { group: "default", inbound: { proto: "tcp", ports: 443, from: "0.0.0.0/0" } } },
        { addSgRule: { group: "default", inbound: { proto: "tcp", ports: 22, from: "0.0.0.0/0", action: "deny" } } },
      ];
    });
    const { scenario, invalid } = applyChoices(s, ["Z"]);
    expect(invalid.map((i) => i.change)).toEqual([1]);
    expect(scenario.securityGroups.default?.inbound).toEqual([{ proto: "tcp", ports: 443, from: "0.0.0.0/0" }]);
  });
  it("simulate skips invalid changes and lists them", () => {
    const r = simulate(base, { choices: ["E"] });
    expect(r.invalid.map((i) => i.choice)).toEqual(["E"]);
  });
  it("removing an implicit rule of a new group turns the group custom (SG-9)", () => {
    const s = variant(base, (x) => {
      x.securityGroups.app = { kind: "new", inbound: [], outbound: [] };
    });
    const { scenario, invalid } = applyChoices(
      variant(s, (x) => {
        x.choices.Z = [{ removeSgRule: { group: "app", outbound: { proto: "all", to: "0.0.0.0/0" } } }];
      }),
      ["Z"],
    );
    expect(invalid).toEqual([]);
    expect(scenario.securityGroups.app).toEqual({ kind: "custom", inbound: [], outbound: [] });
  });
  it("does not mutate the scenario it is given", () => {
    const before = JSON.stringify(base);
    applyChoices(base, ["A", "B", "C"], true);
    applyChoices(base, ["A", "B", "C"]);
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe("answer: break", () => {
  it("keys the choices that break a goal that works today", () => {
    const s = variant(base, (x) => {
      x.answer = "break";
      delete x.key;
      x.securityGroups.default = {
        kind: "default",
        inbound: [{ proto: "tcp", ports: 80, from: "0.0.0.0/0" }],
        outbound: [],
      };
      x.nacls["web-nacl"] = { kind: "default", inbound: [], outbound: [] };
      x.choices = {
        A: [{ removeRoute: { table: "public-rt", to: "0.0.0.0/0" } }],
        B: [{ addSgRule: { group: "default", inbound: { proto: "tcp", ports: 443, from: "0.0.0.0/0" } } }],
        C: [
          {
            addNaclRule: {
              nacl: "web-nacl",
              outbound: { rule: 50, proto: "tcp", ports: "1024-65535", to: "0.0.0.0/0", action: "deny" },
            },
          },
        ],
      };
    });
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["A", "C"]);
    expect(a.choices.A?.verdict).toBe("harmful");
    expect(a.choices.B?.verdict).toBe("not-needed");
  });
});
