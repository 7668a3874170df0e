/**
 * parseScenario: YAML or JSON text to a validated Scenario, or errors with 1-based line and column
 * relative to the given source (callers that extract a ```netsim block add their own offset).
 */
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import { scenarioSchema, type Scenario } from "./schema";
import { validateScenario } from "./validate";

export type ScenarioError = { line: number; column: number; message: string };
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };
type Path = readonly (string | number)[];

/** Parses and validates a scenario; never throws on bad input. */
export function parseScenario(source: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { line: pos.line, column: pos.col, message: `YAML: ${e.message.split("\n")[0] ?? e.message}` };
      }),
    };
  }
  const data: unknown = doc.toJS();
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const extra = issue.code === "unrecognized_keys" ? issue.keys : [];
      const where = extra.length > 0 ? [...path, extra[0] as string] : path;
      return at(doc, lineCounter, where, `${formatPath(path)}: ${issue.message}`);
    });
    return { ok: false, errors: sortErrors(errors) };
  }
  const problems = validateScenario(parsed.data);
  if (problems.length > 0) {
    return {
      ok: false,
      errors: sortErrors(problems.map((p) => at(doc, lineCounter, p.path, `${formatPath(p.path)}: ${p.message}`))),
    };
  }
  return { ok: true, scenario: parsed.data };
}

function formatPath(path: Path): string {
  return path.length === 0
    ? "(scenario)"
    : path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
        .join("")
        .replace(/^\./, "");
}

function sortErrors(errors: ScenarioError[]): ScenarioError[] {
  return errors.slice().sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Position of the deepest existing node on `path` (a key when the value is missing). */
function at(doc: Document, lc: LineCounter, path: Path, message: string): ScenarioError {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const node = n === 0 ? doc.contents : doc.getIn(sub, true);
    if (isNode(node) && node.range) {
      const pos = lc.linePos(node.range[0]);
      // For a key that exists, point at the key, which is what an author looks for.
      const keyPos = n > 0 && n < path.length + 1 ? keyPosition(doc, lc, sub) : null;
      const p = keyPos ?? pos;
      return { line: p.line, column: p.col, message };
    }
  }
  return { line: 1, column: 1, message };
}

function keyPosition(doc: Document, lc: LineCounter, path: Path): { line: number; col: number } | null {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (!parent || typeof parent !== "object" || !("items" in parent) || typeof last !== "string") return null;
  const items = (parent as { items: unknown[] }).items;
  for (const item of items) {
    const key = (item as { key?: unknown }).key;
    if (isNode(key) && "value" in key && (key as { value: unknown }).value === last && key.range)
      return lc.linePos(key.range[0]);
  }
  return null;
}
