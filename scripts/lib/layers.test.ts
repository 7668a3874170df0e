// The import-boundary check (.dependency-cruiser.cjs, step "layers" of `npm test`) must bite: run it with the
// project's own config on a small tree shaped like ours, once clean, then with an upward import and a circle injected.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = mkdtempSync(path.join(tmpdir(), "layers-"));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
  writeFileSync(path.join(fixture, file), text);
}

function check(): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
      "--config",
      path.join(root, ".dependency-cruiser.cjs"),
      "--output-type",
      "err",
      "app",
      "components",
      "lib",
    ],
    { cwd: fixture, encoding: "utf8" },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// A route, a component, a use case and a pure domain with its DTO, importing downward only (through the @/ alias).
write("tsconfig.json", JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "@/*": ["./*"] } } }));
write("lib/shop/dto.ts", "export type Item = { id: string };\n");
write(
  "lib/shop/price.ts",
  'import type { Item } from "@/lib/shop/dto";\nexport const price = (item: Item) => item.id.length;\n',
);
write("lib/errors.ts", "export class AppError extends Error {}\n");
write("lib/action.ts", "export const createAction = () => null;\n");
write(
  "lib/server/shop/get-item.ts",
  'import { AppError } from "@/lib/errors";\nimport type { Item } from "@/lib/shop/dto";\nexport const getItem = (id: string): Item => { if (!id) throw new AppError(); return { id }; };\n',
);
write(
  "components/item-view.tsx",
  'import type { Item } from "@/lib/shop/dto";\nexport const ItemView = (item: Item) => item.id;\n',
);
write("app/actions.ts", 'import { createAction } from "@/lib/action";\nexport const buyAction = createAction();\n');
write(
  "app/page.tsx",
  'import { ItemView } from "@/components/item-view";\nimport { getItem } from "@/lib/server/shop/get-item";\nexport default () => ItemView(getItem("a"));\n',
);

describe("import boundaries", { timeout: 30_000 }, () => {
  it("pass a tree whose imports all point down", () => {
    const { status, output } = check();
    expect(output).toContain("no dependency violations found");
    expect(status).toBe(0);
  });

  it("fail on an upward import, a use case importing the action wrapper, and a circle", () => {
    write(
      "components/item-view.tsx",
      'import { buyAction } from "@/app/actions";\nimport type { Item } from "@/lib/shop/dto";\nexport const ItemView = (item: Item) => [item.id, buyAction];\n',
    );
    write(
      "lib/server/shop/get-item.ts",
      'import { createAction } from "@/lib/action";\nimport type { Item } from "@/lib/shop/dto";\nexport const getItem = (id: string): Item => ({ id: String(createAction()) + id });\n',
    );
    write(
      "lib/shop/dto.ts",
      'import { price } from "@/lib/shop/price";\nexport type Item = { id: string };\nexport const free = price;\n',
    );
    const { status, output } = check();
    expect(status).not.toBe(0);
    expect(output).toContain("error not-to-app: components/item-view.tsx → app/actions.ts");
    expect(output).toContain("error use-cases-not-upward: lib/server/shop/get-item.ts → lib/action.ts");
    expect(output).toMatch(/error no-circular: lib\/shop\/(dto|price)\.ts →/);
  });
});
