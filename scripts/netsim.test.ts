// The netsim CLI as a user runs it: a child process (node --import tsx scripts/netsim.ts ...). Exit codes (0 ran, 1 bad
// file or scenario, 2 bad arguments), `file:line:column  reason` errors, the --json shape, --choice and --os.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const question = "content/saa-c03/saa-0001.md";
const dir = mkdtempSync(path.join(os.tmpdir(), "netsim-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/netsim.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scenario = `title: web
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.1.0/24, routeTable: rt }
routeTables:
  rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
hosts:
  web: { subnet: public, ip: 10.0.1.10, publicIp: 54.0.0.1 }
goals:
  - { name: http, from: internet, to: web, app: http }
choices:
  A: [ addSgRule: { group: default, inbound: { proto: tcp, ports: 80, from: 0.0.0.0/0 } } ]
  B: [ addSgRule: { group: default, inbound: { proto: tcp, ports: 22, from: 0.0.0.0/0 } } ]
key: [A]
`;

type JsonOut = {
  file: string;
  simulation: {
    applied: string[];
    invalid: unknown[];
    isGoalMet: boolean;
    flows: { flow: string; role: string; os: string; verdict: string; packets: { steps: { action: string }[] }[] }[];
  };
  analysis?: {
    derivedKey: string[];
    expectedKey?: string[];
    isKeyMatched?: boolean;
    choices: Record<string, { verdict: string; reason: { ja: string; en: string } }>;
  };
};

describe("netsim CLI", { timeout: 120_000 }, () => {
  it("replays a question file: traces and choice analysis, exit 0, key compared with the [x] marks", () => {
    const r = cli(question);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(question);
    expect(r.stdout).toMatch(/■ \S+ \[goal\]/);
    expect(r.stdout).toContain("━━ choices");
    expect(r.stdout).toMatch(/derived key: .*expected: .*MATCH/);
  });

  it("--json prints the documented shape; --choice applies choices in order; --os picks one client OS", () => {
    const r = cli(question, "--json", "--choice", "A", "--choice", "C", "--os", "windows-xp");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.file).toBe(question);
    expect(out.simulation.applied).toEqual(["A", "C"]);
    expect(out.simulation.flows.length).toBeGreaterThan(0);
    expect(new Set(out.simulation.flows.map((f) => f.os))).toEqual(new Set(["windows-xp"]));
    for (const f of out.simulation.flows) {
      expect(["goal", "forbidden"]).toContain(f.role);
      expect(["delivered", "partial", "blocked"]).toContain(f.verdict);
      expect(f.packets[0]?.steps[0]?.action).toBe("ORIGINATED");
    }
    expect(out.analysis?.isKeyMatched).toBe(true);
    expect(out.analysis?.derivedKey).toEqual(out.analysis?.expectedKey);
    for (const v of Object.values(out.analysis?.choices ?? {})) expect(v.reason.en.length).toBeGreaterThan(0);
  });

  it("runs a standalone YAML scenario: every OS by default, choices change the verdict", () => {
    const file = path.join(dir, "web.yaml");
    writeFileSync(file, scenario);
    const before = JSON.parse(cli(file, "--json").stdout) as JsonOut;
    expect(before.simulation.isGoalMet).toBe(false);
    expect(new Set(before.simulation.flows.map((f) => f.os))).toEqual(new Set(["linux", "windows", "windows-xp"]));
    expect(before.analysis?.derivedKey).toEqual(["A"]);
    expect(before.analysis?.choices.B?.verdict).toBe("not-needed");
    const after = JSON.parse(cli(file, "--json", "--choice", "A").stdout) as JsonOut;
    expect(after.simulation.isGoalMet).toBe(true);
  });

  it("reports a broken scenario as file:line:column  reason on stderr, exit 1", () => {
    const file = path.join(dir, "broken.yaml");
    writeFileSync(file, scenario.replace("subnet: public", "subnet: nowhere"));
    const r = cli(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const line = scenario.split("\n").findIndex((l) => l.includes("subnet: public")) + 1;
    expect(r.stderr).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${line}:\\d+  hosts\\.web\\.subnet: unknown subnet "nowhere"`,
        "m",
      ),
    );
  });

  it("gives Markdown line numbers for a broken ```netsim block in a question file", () => {
    const file = path.join(dir, "broken.md");
    const md = `# A question\n\nSome text.\n\n\`\`\`netsim\n${scenario.replace("proto: tcp, ports: 22", "proto: tcp, ports: 22, colour: red")}\`\`\`\n`;
    writeFileSync(file, md);
    const r = cli(file);
    expect(r.code).toBe(1);
    const line = md.split("\n").findIndex((l) => l.includes("colour: red")) + 1;
    expect(r.stderr).toMatch(
      new RegExp(`:${line}:\\d+  choices\\.B\\[0\\]\\.addSgRule\\.inbound: Unrecognized key: "colour"`),
    );
  });

  it("exit 1 for an unreadable file or a question without a netsim block", () => {
    const missing = cli(path.join(dir, "nope.yaml"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.yaml:1:1  cannot read the file/);
    const file = path.join(dir, "plain.md");
    writeFileSync(file, "# No scenario here\n");
    const r = cli(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plain\.md:1:1  no ```netsim block/);
  });

  it("exit 2 for bad arguments", () => {
    expect(cli().code).toBe(2);
    expect(cli(question, "--choice", "a").code).toBe(2);
    expect(cli(question, "--choice", "Z").code).toBe(2);
    const badOs = cli(question, "--os", "beos");
    expect(badOs.code).toBe(2);
    expect(badOs.stderr).toMatch(/--os needs one of/);
    expect(cli(question, "--frobnicate").code).toBe(2);
  });
});
