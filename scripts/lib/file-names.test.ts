// CODE_STYLE rule 9: kebab-case file names, so a newcomer finds a thing by its name.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/;
// Next.js route segments ([id], [...nextauth], (group)) and fixture folders keep their framework names.
const isFrameworkName = (name: string) => /^\[.+\]$|^\(.+\)$|^__\w+__$|^[A-Z]+\.md$/.test(name);

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === "generated" || name.startsWith(".")) continue;
    yield full;
    if (statSync(full).isDirectory() && !name.startsWith("__")) yield* walk(full);
  }
}

describe("file names", () => {
  it("are kebab-case in app, components, lib, scripts, e2e and tests", () => {
    const offenders: string[] = [];
    for (const top of ["app", "components", "lib", "scripts", "e2e", "tests", "bench"]) {
      for (const file of walk(path.join(root, top))) {
        const name = path.basename(file);
        if (!kebab.test(name) && !isFrameworkName(name)) offenders.push(path.relative(root, file));
      }
    }
    expect(offenders).toEqual([]);
  });
});
