// lib/netsim-ui is pure like lib/netsim: the player runs it in the browser and the bench and tests in Node.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = import.meta.dirname;
const sources = readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));

describe("lib/netsim-ui", () => {
  it.each(sources)("%s imports no framework, database or server module", (name) => {
    const imports = [...readFileSync(path.join(dir, name), "utf8").matchAll(/from\s+"([^"]+)"/g)].map(
      (match) => match[1] ?? "",
    );
    expect(imports.length).toBeGreaterThan(0);
    for (const source of imports)
      expect(source, `${name} imports ${source}`).not.toMatch(
        /^(react|react-dom|next)(\/|$)|^@\/lib\/(db|server)|^@prisma|^node:/,
      );
  });
});
