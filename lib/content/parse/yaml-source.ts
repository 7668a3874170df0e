import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { problemAt, type Position, type Problem } from "./problem";

export interface YamlResult<T> {
  data: T | null;
  problems: Problem[];
  /** The file position of the value at a path (of its key with `isKeyWanted`), or of its nearest enclosing node. */
  positionOf: (path: readonly (string | number)[], options?: { isKeyWanted?: boolean }) => Position;
}

/**
 * Parses YAML text and validates it with a zod schema. Problems point at the offending value in the file:
 * `firstLine` is the file line of the YAML text's first line (2 for front matter after `---`).
 */
export function parseYamlWith<T>(schema: z.ZodType<T>, text: string, file: string, firstLine: number): YamlResult<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const positionOf: YamlResult<T>["positionOf"] = (path, options) => at(locate(doc, path, options).offset);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) =>
      problemAt(file, at(error.pos[0]), `YAML syntax error: ${firstSentence(error.message)}`),
    );
    return { data: null, problems, positionOf };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { data: parsed.data, problems: [], positionOf };
  const problems = parsed.error.issues.flatMap((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const found = locate(doc, [...path, key], { isKeyWanted: true });
        return problemAt(file, at(found.offset), `unknown field \`${formatPath([...path, key])}\``);
      });
    }
    const found = locate(doc, path);
    if (found.isMissing) return [problemAt(file, at(found.offset), `missing field \`${formatPath(path)}\``)];
    const label = path.length > 0 ? `\`${formatPath(path)}\`: ` : "";
    return [problemAt(file, at(found.offset), `${label}${issue.message}`)];
  });
  return { data: null, problems, positionOf };
}

/** Finds the YAML node at a path; when part of the path is absent, answers the nearest enclosing node. */
function locate(
  doc: Document,
  path: readonly (string | number)[],
  options: { isKeyWanted?: boolean } = {},
): { offset: number; isMissing: boolean } {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    let next: unknown = undefined;
    let keyOffset: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => scalarValue(item.key) === key);
      if (pair) {
        next = pair.value;
        keyOffset = rangeStart(pair.key);
      }
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
    }
    if (next === undefined && keyOffset === undefined) return { offset, isMissing: true };
    // A key with no value (`choose:`) has a null value node: point at the key.
    offset = (options.isKeyWanted ? keyOffset : undefined) ?? rangeStart(next) ?? keyOffset ?? offset;
    node = next;
  }
  return { offset, isMissing: false };
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== "object" || node === null || !("range" in node)) return undefined;
  const range: unknown = node.range;
  return Array.isArray(range) && typeof range[0] === "number" ? range[0] : undefined;
}

function scalarValue(node: unknown): unknown {
  return typeof node === "object" && node !== null && "value" in node ? node.value : node;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

function firstSentence(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+.*$/, "") ?? message;
}
