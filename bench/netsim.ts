// netsim benchmark: full choice analysis of a question like 30570 (every choice, every client OS) and range
// analysis over a 40-rule NACL. Prints median times; never fails on time (target: analysis under 1 ms).
import os from "node:os";
import { ipFrom, simulate, type IpAddress, type NaclRule, type Scenario } from "../lib/netsim";
import { analyzeChoices } from "../lib/netsim/analyze";
import { parseScenario } from "../lib/netsim/authoring";
import {
  compileNaclRule,
  evaluateNacl,
  portRange,
  q30570,
  starRule,
  threeVpcHub,
  azFailover,
  type CompiledNaclRule,
} from "../lib/netsim/testing";

type Timing = { wall: number; cpu: number };

/** Median wall-clock and CPU time of `fn` in ms. CPU time is less disturbed by other processes on a shared machine. */
function median(fn: () => void, runs: number): Timing {
  for (let i = 0; i < Math.min(50, runs); i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { wall: mid(wall), cpu: mid(cpu) };
}

function formatMs(ms: number): string {
  return ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(3)} ms`;
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
    rule: (i + 1) * 10,
    proto: "tcp" as const,
    ports: `${1024 + i * 1500}-${1024 + i * 1500 + 1200}`,
    from: i % 3 === 0 ? "0.0.0.0/0" : `198.51.${i}.0/24`,
    action: (i % 4 === 0 ? "deny" : "allow") as "allow" | "deny",
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
  const rules: CompiledNaclRule[] = [
    ...(forty.nacls["web-nacl"]?.outbound ?? []).map((r) => compileNaclRule(r) as CompiledNaclRule),
    starRule(4),
    starRule(6),
  ];
  const peer = ipFrom("198.51.7.20") as IpAddress;
  const range = portRange(1024, 65535);
  const hundred = median(() => {
    for (let i = 0; i < 100; i++) evaluateNacl(rules, { proto: 6, peer }, range);
  }, 300);
  const fortyRange = { wall: hundred.wall / 100, cpu: hundred.cpu / 100 };
  const hub = parsed(threeVpcHub);
  const hubAnalysis = median(() => analyzeChoices(hub), 100);
  const hubTraces = median(() => simulate(hub), 100);
  const zones = parsed(azFailover);
  const zonesAnalysis = median(() => analyzeChoices(zones), 100);
  const rows: [string, Timing][] = [
    ["question 30570: analyzeChoices (6 choices, 3 client OSes)", analysis],
    ["question 30570: simulate with traces (A+B+C, 3 OSes, SSH)", traces],
    ["40-rule NACL: simulate with traces over all ephemeral ranges", fortyFlow],
    ["40-rule NACL: one range evaluation, ports 1024-65535", fortyRange],
    ["3 VPCs + TGW + endpoints + VPN: analyzeChoices (4 choices, 10 flows)", hubAnalysis],
    ["3 VPCs + TGW + endpoints + VPN: simulate with traces (10 flows)", hubTraces],
    ["3 AZs + TGW, 3 AZ failures: analyzeChoices (4 choices, 3 goals x 4)", zonesAnalysis],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(
        " ",
      )} on ${os.cpus().length} cores (targets: question analysis under 1 ms, the connected-network analysis under 5 ms)`,
  );
  console.log(`${"case".padEnd(width)}  ${"wall median".padStart(12)}  ${"CPU median".padStart(12)}`);
  for (const [name, t] of rows)
    console.log(`${name.padEnd(width)}  ${formatMs(t.wall).padStart(12)}  ${formatMs(t.cpu).padStart(12)}`);
}
