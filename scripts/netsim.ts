// `npm run netsim -- <scenario.yaml|scenario.json|question.md> [--choice A ...] [--os linux] [--json]`
// Replays a scenario: prints every flow's trace (request, response, FTP data connection) hop by hop, and the
// classification of every answer choice. Exit 0 when it ran, 1 on a bad file or scenario, 2 on bad arguments.
// The --json output shape is documented in lib/netsim/SCENARIO.md §6.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseQuestion } from "../lib/content/parse/parse-question";
import {
  analyzeChoices,
  explain,
  extractNetsimBlock,
  messagesFor,
  OS_TABLE,
  parseScenario,
  simulate,
  withTexts,
} from "../lib/netsim/authoring";
import type { ExplainedAnalysis, OsId, SimulationResult, Step } from "../lib/netsim/authoring";

type Args = { file: string; choices: string[]; os?: OsId; isJson: boolean; lang: "ja" | "en" };

function parseArgs(argv: string[]): Args | string {
  const out: Args = { file: "", choices: [], isJson: false, lang: "en" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") out.isJson = true;
    else if (a === "--ja") out.lang = "ja";
    else if (a === "--choice" || a === "-c") {
      const v = argv[++i];
      if (!v || !/^[A-Z]$/.test(v)) return `--choice needs a capital letter, got ${v ?? "nothing"}`;
      out.choices.push(v);
    } else if (a === "--os") {
      const v = argv[++i];
      if (!v || !(v in OS_TABLE)) return `--os needs one of ${Object.keys(OS_TABLE).join(", ")}`;
      out.os = v as OsId;
    } else if (a.startsWith("-")) return `unknown option ${a}`;
    else if (out.file) return `only one file, got ${out.file} and ${a}`;
    else out.file = a;
  }
  return out.file
    ? out
    : "usage: npm run netsim -- <scenario.yaml|question.md> [--choice A ...] [--os linux] [--json] [--ja]";
}

type Loaded = { source: string; firstLine: number; expectedKey?: string[]; choose?: number };

function load(file: string, text: string): Loaded | string {
  if (!file.endsWith(".md")) return { source: text, firstLine: 1 };
  const { question } = parseQuestion(path.relative(process.cwd(), file), text);
  const block = question?.scenario ?? extractNetsimBlock(text);
  if (!block) return "no ```netsim block in this question";
  const expectedKey = question?.choices.filter((c) => c.isCorrect).map((c) => c.letter);
  const choose =
    question && "choose" in question.frontMatter ? (question.frontMatter as { choose?: number }).choose : undefined;
  return {
    source: block.source,
    firstLine: block.firstLine,
    ...(expectedKey && expectedKey.length > 0 ? { expectedKey } : {}),
    ...(choose !== undefined ? { choose } : {}),
  };
}

function ports(p: Step["before"]["srcPorts"]): string {
  if (!p) return "";
  return ":" + p.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(",");
}

function printSimulation(r: SimulationResult, lang: "ja" | "en"): void {
  for (const inv of r.invalid)
    console.log(`! choice ${inv.choice} change ${inv.change + 1}: ${explain(inv.reason, messagesFor(lang))}`);
  for (const f of r.flows) {
    console.log(
      `\n■ ${f.flow} [${f.role}] ${messagesFor(lang).os[f.os]}: ${f.verdict.toUpperCase()}${f.isSatisfied ? "" : "  ✗"}`,
    );
    console.log(`  ${explain(f.summary, messagesFor(lang))}`);
    for (const p of f.packets) {
      console.log(`  ── ${explain(p.label, messagesFor(lang))} (${p.connection}/${p.kind}) → ${p.disposition}`);
      for (const s of p.steps) {
        const h = s.after;
        const rule = s.rule ? `  [${s.rule.id}]` : "";
        const reason = s.reason ? `  ${s.reason}` : "";
        console.log(
          `    ${String(s.seq).padStart(2)} ${s.action.padEnd(15)} ${s.component.padEnd(16)} ${s.node}${rule}${reason}`,
        );
        console.log(
          `       ${h.proto} ${h.src}${ports(h.srcPorts)} → ${h.dst}${ports(h.dstPorts)}  ${explain(s.fact, messagesFor(lang))}`,
        );
      }
    }
  }
}

function printAnalysis(a: ExplainedAnalysis, lang: "ja" | "en"): void {
  console.log("\n━━ choices");
  for (const v of Object.values(a.choices)) {
    const cx = v.counterexample
      ? `  (e.g. ${v.counterexample.flow}, ${v.counterexample.os}${v.counterexample.port !== undefined ? `, port ${v.counterexample.port}` : ""})`
      : "";
    console.log(`  ${v.choice}  ${v.verdict.padEnd(14)} ${v.layer ?? ""}\n     ${v.reason[lang]}${cx}`);
  }
  console.log(
    `\n  derived key: ${a.derivedKey.join(", ") || "none"}${a.expectedKey ? `   expected: ${a.expectedKey.join(", ")}   ${a.isKeyMatched ? "MATCH" : "MISMATCH"}` : ""}`,
  );
  for (const alt of a.alternatives) console.log(`  also works: ${alt.join(", ")}`);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, "utf8");
  } catch (e) {
    console.error(`${args.file}:1:1  cannot read the file (${(e as Error).message})`);
    return 1;
  }
  const loaded = load(args.file, text);
  if (typeof loaded === "string") {
    console.error(`${args.file}:1:1  ${loaded}`);
    return 1;
  }
  const parsed = parseScenario(loaded.source);
  if (!parsed.ok) {
    for (const e of parsed.errors)
      console.error(`${args.file}:${e.line + loaded.firstLine - 1}:${e.column}  ${e.message}`);
    return 1;
  }
  const unknown = args.choices.filter((c) => !(c in parsed.scenario.choices));
  if (unknown.length > 0) {
    console.error(
      `${args.file}: no choice ${unknown.join(", ")} in the scenario (it has ${Object.keys(parsed.scenario.choices).join(", ") || "none"})`,
    );
    return 2;
  }
  const simulation = simulate(parsed.scenario, { choices: args.choices, ...(args.os ? { clientOs: args.os } : {}) });
  const hasChoices = Object.keys(parsed.scenario.choices).length > 0;
  const analysis = hasChoices
    ? analyzeChoices(parsed.scenario, {
        ...(loaded.expectedKey ? { expectedKey: loaded.expectedKey } : {}),
        ...(loaded.choose !== undefined ? { choose: loaded.choose } : {}),
      })
    : undefined;
  if (args.isJson) {
    process.stdout.write(
      JSON.stringify(withTexts({ file: args.file, simulation, ...(analysis ? { analysis } : {}) }), null, 2) + "\n",
    );
    return 0;
  }
  console.log(
    `${args.file}${parsed.scenario.title ? `: ${parsed.scenario.title}` : ""}${args.choices.length ? `  (choices applied: ${args.choices.join(", ")})` : ""}`,
  );
  printSimulation(simulation, args.lang);
  if (analysis) printAnalysis(analysis, args.lang);
  return 0;
}

process.exitCode = main();
