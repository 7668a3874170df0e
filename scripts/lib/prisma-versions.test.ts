// The offline schema engine runs Prisma's WebAssembly build with the JS glue of @prisma/schema-engine-wasm.
// They are pinned separately: if an upgrade moves one without the other, this fails before a migration does.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};
// Read from node_modules directly: not every package exports its package.json.
const installed = (name: string) =>
  (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

describe("Prisma package versions", () => {
  it("are pinned exactly (no caret lets a later build in)", () => {
    for (const name of [
      "prisma",
      "@prisma/client",
      "@prisma/adapter-pg",
      "@prisma/driver-adapter-utils",
      "@prisma/schema-engine-wasm",
    ]) {
      expect(manifest.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
      expect(installed(name), `${name} installed`).toBe(manifest.dependencies[name]);
    }
  });

  it("keep the CLI, the client and the adapters on one minor version", () => {
    const minor = (version: string) => version.split(".").slice(0, 2).join(".");
    const cli = minor(installed("prisma"));
    for (const name of ["@prisma/client", "@prisma/adapter-pg", "@prisma/driver-adapter-utils"])
      expect(minor(installed(name)), name).toBe(cli);
  });

  it("give the CLI's WebAssembly engine every import the glue module provides", async () => {
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Record<string, unknown>;
    const wasm = readFileSync(path.join(root, "node_modules/prisma/build/schema_engine_bg.wasm"));
    const imports = WebAssembly.Module.imports(await WebAssembly.compile(wasm));
    expect(imports.length).toBeGreaterThan(0);
    const missing = imports.filter((entry) => typeof glue[entry.name] !== "function").map((entry) => entry.name);
    expect(missing).toEqual([]);
    expect(typeof glue.SchemaEngine).toBe("function");
  });
});
