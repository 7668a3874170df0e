// Applies prisma/migrations with the Prisma CLI (offline: prisma.config.ts points it at the WebAssembly engine).
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export function prismaCli(args: string[], databaseUrl: string, { isQuiet = true } = {}): void {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: isQuiet ? "pipe" : "inherit",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed:\n${result.stdout ?? ""}${result.stderr ?? ""}`);
  }
}

export function migrateDeploy(databaseUrl: string): void {
  prismaCli(["migrate", "deploy"], databaseUrl);
}
