/** Choice analysis beyond question 30570: choose-N tie-breaking, alternatives, routing mistakes. */
import { describe, expect, it } from "vitest";
import { analyzeChoices } from "../authoring";
import { scenarioOf, variant } from "../test-helpers";

const natQuestion = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  private: { cidr: 10.0.1.0/24, routeTable: private-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  private-rt: { routes: [] }
hosts:
  app: { subnet: private, ip: 10.0.1.10 }
internet:
  repo: { ip: 203.0.113.80 }
goals:
  - { name: updates, from: app, to: repo, app: https }
forbidden:
  - { name: inbound-ssh, from: internet, to: app, app: ssh }
choices:
  A: [ createNatGateway: { name: nat, subnet: public, elasticIp: 52.0.0.9 }, addRoute: { table: private-rt, to: 0.0.0.0/0, via: nat } ]
  B: [ createNatGateway: { name: nat, subnet: private, elasticIp: 52.0.0.9 }, addRoute: { table: private-rt, to: 0.0.0.0/0, via: nat } ]
  C: [ addRoute: { table: private-rt, to: 0.0.0.0/0, via: igw } ]
  D: [ setPublicIp: { host: app, elasticIp: 54.9.9.9 } ]
`);

describe("analyzeChoices", () => {
  it("prefers the smallest working combination: a NAT gateway in the public subnet", () => {
    const a = analyzeChoices(natQuestion);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.choices.B?.verdict).toBe("not-needed");
    expect(a.choices.B?.reason.en).toMatch(/public subnet/);
  });
  it("with choose: 2 finds the two-choice answer and calls the one-choice answer an alternative", () => {
    const s = variant(natQuestion, (x) => {
      x.forbidden = [];
    });
    const a = analyzeChoices(s, { choose: 2 });
    expect(a.derivedKey).toEqual(["C", "D"]);
    expect(a.choices.A?.reason.en).toMatch(/alternative/);
  });
  it("treats an instance with an EIP in a public route as too permissive when inbound SSH must stay blocked", () => {
    const s = variant(natQuestion, (x) => {
      x.securityGroups.default = {
        kind: "custom",
        inbound: [{ proto: "tcp", ports: 22, from: "0.0.0.0/0" }],
        outbound: [{ proto: "all", to: "0.0.0.0/0" }],
      };
    });
    const a = analyzeChoices(s, { choose: 2 });
    // C + D would expose SSH from the internet; the NAT gateway (A) keeps it blocked.
    expect(a.derivedKey).toEqual(["A"]);
  });
  it("reports the expected key and whether it matches", () => {
    const a = analyzeChoices(natQuestion, { expectedKey: ["C", "D"] });
    expect(a.expectedKey).toEqual(["C", "D"]);
    expect(a.isKeyMatched).toBe(false);
  });
  it("keeps every result JSON-serialisable", () => {
    const a = analyzeChoices(natQuestion);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
