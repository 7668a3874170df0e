/**
 * lib/netsim's layout rules, checked on its sources: no import circles (type imports included), no Japanese prose in
 * simulation files (sentences live in the i18n catalogue), no module-level memo cache (caches belong to an analysis;
 * the bounded memo of parsed address text is the one exception), files of a size a reader can hold in mind.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../lib/netsim");
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "fixtures" ? [] : sourcesUnder(full);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts") ? [full] : [];
  });
}
const files = sourcesUnder(root);
const text = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
const rel = (f: string) => path.relative(root, f);

describe("lib/netsim layout", () => {
  it("has its layers", () => {
    for (const dir of ["core", "aws", "home", "scenario", "analysis", "explain"])
      expect(
        files.some((f) => rel(f).startsWith(`${dir}/`)),
        dir,
      ).toBe(true);
  });

  it("has no import circle", () => {
    const graph = new Map<string, string[]>();
    for (const [f, src] of text) {
      const deps = [...src.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) =>
        path.resolve(path.dirname(f), `${m[1]}.ts`),
      );
      graph.set(
        f,
        deps.filter((d) => text.has(d)),
      );
    }
    const state = new Map<string, 1 | 2>();
    const circles: string[] = [];
    const visit = (f: string, stack: string[]) => {
      state.set(f, 1);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 1) circles.push([...stack.slice(stack.indexOf(d)), d].map(rel).join(" -> "));
        else if (!state.has(d)) visit(d, [...stack, d]);
      }
      state.set(f, 2);
    };
    for (const f of files) if (!state.has(f)) visit(f, [f]);
    expect(circles).toEqual([]);
  });

  it.each(files.map((f) => [rel(f), f] as const))(
    "%s: no Japanese, no module-level memo, a readable size",
    (_name, f) => {
      const src = text.get(f) ?? "";
      expect(src).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const moduleMemos = src
        .split("\n")
        .filter((line) => /^(const|let)\s+\w+\s*(:[^=]*)?=\s*new (Weak)?Map\b/.test(line));
      expect(moduleMemos).toEqual([]);
      // Counted in Prettier-formatted lines (120 columns). The named files are one unit on purpose: walk-vpc.ts's
      // routing and gateway steps call one another (see its header); home/flow.ts is the router's one NAPT table;
      // aws/changes.ts is the one list of what-if edits.
      const named = ["walk-vpc.ts", "home/flow.ts", "aws/changes.ts"];
      expect(src.split("\n").length).toBeLessThanOrEqual(named.some((n) => f.endsWith(n)) ? 450 : 400);
    },
  );
});
