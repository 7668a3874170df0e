// Builds the Next.js app when its sources changed since the last build (a hash of the inputs is kept beside it).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
const inputs = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "prisma/schema.prisma",
  "next.config.mjs",
  "proxy.ts",
  "auth.ts",
  "auth.config.ts",
  "package-lock.json",
  "tsconfig.json",
];

function* files(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(full).sort()) {
    if (name === "generated" || name.startsWith(".")) continue;
    yield* files(path.join(entry, name));
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const entry of inputs)
    for (const file of files(entry)) hash.update(file).update(readFileSync(path.join(root, file)));
  return hash.digest("hex");
}

export function run(command: string, args: string[], env: Record<string, string | undefined> = {}): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
}

const bin = (name: string) => path.join(root, "node_modules/.bin", name);

/** Generates the Prisma client when it is missing or older than the schema (npm install runs no scripts). */
export function ensurePrismaClient(): void {
  const client = path.join(root, "lib/generated/prisma/client.ts");
  const schema = path.join(root, "prisma/schema.prisma");
  if (existsSync(client) && statSync(client).mtimeMs >= statSync(schema).mtimeMs) return;
  run(bin("prisma"), ["generate"], { PRISMA_HIDE_UPDATE_MESSAGE: "1" });
}

export function ensureBuild(distDir = ".next"): void {
  ensurePrismaClient();
  const stamp = path.join(root, distDir, "kaisetsu-source-hash");
  const hash = sourceHash();
  if (existsSync(path.join(root, distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash)
    return;
  console.log(`Building the app (${distDir}) …`);
  run(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1", KAISETSU_DIST_DIR: distDir });
  writeFileSync(stamp, hash);
}
