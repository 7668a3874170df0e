import { describe, expect, it } from "vitest";
import { extractNetsimBlock, parseScenario } from "../authoring";

const errorsOf = (src: string) => {
  const r = parseScenario(src);
  return r.ok ? [] : r.errors;
};

describe("parseScenario", () => {
  it("reports YAML syntax errors with their position", () => {
    const [e] = errorsOf("goals: [\n");
    expect(e?.line).toBe(2);
    expect(e?.message).toMatch(/^YAML/);
  });
  it("reports an unknown key at the key", () => {
    const [e] = errorsOf("goals:\n  - { from: internet, to: internet, app: http, colour: red }\n");
    expect(e).toMatchObject({ line: 2 });
    expect(e?.message).toMatch(/colour/);
  });
  it("names semantic mistakes precisely, at the offending field", () => {
    const src = [
      "vpc: { cidr: 10.0.0.0/16 }",
      "subnets:",
      "  a: { cidr: 10.1.0.0/24 }",
      "  b: { cidr: 10.0.0.0/24, nacl: nope }",
      "  c: { cidr: 10.0.0.128/25 }",
      "nacls:",
      "  x:",
      "    inbound:",
      "      - { rule: 40000, proto: tcp, ports: 80, from: 0.0.0.0/0, action: allow }",
      "hosts:",
      "  web: { subnet: b, ip: 10.0.9.9 }",
      "goals:",
      "  - { from: internet, to: web, app: htp }",
    ].join("\n");
    const errors = errorsOf(src);
    const at = (re: RegExp) => errors.find((e) => re.test(e.message));
    expect(at(/outside the VPC CIDR/)).toMatchObject({ line: 3 });
    expect(at(/unknown network ACL "nope"/)).toMatchObject({ line: 4 });
    expect(at(/overlaps subnet b/)).toMatchObject({ line: 5 });
    expect(at(/rule number 40000 is outside 1-32766/)).toMatchObject({ line: 9, column: 11 });
    expect(at(/10.0.9.9 is outside subnet b/)).toMatchObject({ line: 11 });
    expect(at(/unknown app "htp"/)).toMatchObject({ line: 13 });
  });
  it("rejects an SG deny rule in the baseline (SG-7) and a route to a missing target", () => {
    const src =
      "vpc: { cidr: 10.0.0.0/16 }\nsecurityGroups:\n  g: { inbound: [ { proto: all, from: 0.0.0.0/0, action: deny } ] }\nrouteTables:\n  rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }\ngoals:\n  - { from: internet, to: internet, app: http }\n";
    const messages = errorsOf(src)
      .map((e) => e.message)
      .join("\n");
    expect(messages).toMatch(/allow rules only/);
    expect(messages).toMatch(/route target "igw" does not exist/);
  });
  it("accepts JSON", () => {
    expect(parseScenario('{"goals": [{"from": "internet", "to": "internet", "app": "http"}]}').ok).toBe(true);
  });
});

describe("extractNetsimBlock", () => {
  it("returns the block and the file line of its first line", () => {
    const md = "---\nid: x\n---\n\nStem\n\n## シナリオ\n\n```netsim\ngoals: []\n```\n";
    expect(extractNetsimBlock(md)).toEqual({ source: "goals: []", firstLine: 10 });
    expect(extractNetsimBlock("no block")).toBeNull();
  });
});
