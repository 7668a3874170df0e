// lib/netsim-ui is pure like lib/netsim: the player runs it in the browser and the bench and tests in Node.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = import.meta.dirname;
const sources = readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
const forbidden = /^(react|react-dom|next)(\/|$)|^@\/lib\/(db|server)|^@prisma|^node:/;

/** Every module a source names: `from`, a bare `import`, `import()` and `require()`, in any quotes. */
function importsOf(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(["'`])([^"'`]+)\1/g;
  return [...source.matchAll(pattern)].map((match) => match[2] ?? "");
}

describe("lib/netsim-ui", () => {
  it("sees every form of import", () => {
    const source = [
      `import { a } from "double";`,
      `import type { B } from 'single';`,
      `import "side-effect";`,
      "const c = await import(`template`);",
      `const d = await import( 'dynamic' );`,
      `const e = require("required");`,
      `export { f } from "re-export";`,
    ].join("\n");
    expect(importsOf(source)).toEqual([
      "double",
      "single",
      "side-effect",
      "template",
      "dynamic",
      "required",
      "re-export",
    ]);
  });

  it.each(sources)("%s imports no framework, database or server module", (name) => {
    const imports = importsOf(readFileSync(path.join(dir, name), "utf8"));
    expect(imports.length).toBeGreaterThan(0);
    for (const source of imports) expect(source, `${name} imports ${source}`).not.toMatch(forbidden);
  });
});
