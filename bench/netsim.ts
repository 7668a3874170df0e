// netsim benchmark: full choice analysis of a question like 30570 (every choice, every client OS) and range
// analysis over a 40-rule NACL. Prints median times; never fails on time (target: analysis under 1 ms).
import { analyzeChoices, parseScenario, simulate } from "../lib/netsim";
import { q30570 } from "../lib/netsim/fixtures/scenarios";
import { evaluateNacl } from "../lib/netsim/nacl";
import { compileNaclRule, starRule, type CompiledNaclRule } from "../lib/netsim/rules";
import { ipFrom, type IpAddress } from "../lib/netsim/address";
import { portRange } from "../lib/netsim/port-set";
import type { Scenario } from "../lib/netsim";
import type { NaclRule } from "../lib/netsim/schema";

function median(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.min(50, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function parsed(source: string): Scenario {
  const r = parseScenario(source);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return r.scenario;
}

/** A custom NACL with 39 numbered entries plus the * rule (the 40-rule maximum, NACL-9), mixing allow and deny. */
function fortyRuleScenario(): Scenario {
  const s = parsed(q30570);
  const inbound = Array.from({ length: 39 }, (_, i): NaclRule => ({
    rule: (i + 1) * 10, proto: "tcp" as const, ports: `${1024 + i * 1500}-${1024 + i * 1500 + 1200}`, from: i % 3 === 0 ? "0.0.0.0/0" : `198.51.${i}.0/24`, action: (i % 4 === 0 ? "deny" : "allow") as "allow" | "deny",
  }));
  const http: NaclRule = { rule: 1000, proto: "tcp", ports: 80, from: "0.0.0.0/0", action: "allow" };
  s.nacls["web-nacl"] = { kind: "custom", inbound: [...inbound.slice(0, 38), http], outbound: inbound };
  return s;
}

export default async function bench(): Promise<void> {
  const question = parsed(q30570);
  const analysis = median(() => analyzeChoices(question), 300);
  const traces = median(() => simulate(question, { choices: ["A", "B", "C"] }), 300);
  const forty = fortyRuleScenario();
  const fortyFlow = median(() => simulate(forty, { choices: ["A", "C"] }), 300);
  const rules: CompiledNaclRule[] = [...(forty.nacls["web-nacl"]?.outbound ?? []).map((r) => compileNaclRule(r) as CompiledNaclRule), starRule(4), starRule(6)];
  const peer = ipFrom("198.51.7.20") as IpAddress;
  const range = portRange(1024, 65535);
  const fortyRange = median(() => { for (let i = 0; i < 100; i++) evaluateNacl(rules, { proto: 6, peer }, range); }, 300) / 100;
  const rows: [string, number][] = [
    ["question 30570: analyzeChoices (6 choices, 3 client OSes)", analysis],
    ["question 30570: simulate with traces (A+B+C, 3 OSes, SSH)", traces],
    ["40-rule NACL: simulate with traces over all ephemeral ranges", fortyFlow],
    ["40-rule NACL: one range evaluation, ports 1024-65535", fortyRange],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`${"case".padEnd(width)}  median`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(width)}  ${ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(3)} ms`}`);
}
