#!/usr/bin/env node
// Prisma's schema engine, run from WebAssembly instead of the native binary the Prisma CLI would download.
// The CLI starts whatever PRISMA_SCHEMA_ENGINE_BINARY names (set in prisma.config.ts), so every Prisma command
// (migrate deploy/status/diff/dev, db push/execute, generate) works offline.
//
// What the CLI expects of that executable (upstream: prisma/prisma, packages/migrate/src/SchemaEngineCLI.ts for the
// long-running form, packages/internals/src/schemaEngineCommands.ts for the one-shot `cli` form):
// - `--version` prints one line and exits 0.
// - `--datamodels <file>... --datasource '{"url": ..., "shadowDatabaseUrl": ...}'`: JSON-RPC 2.0 on stdin/stdout,
//   one JSON object a line. Each request's method is the engine method of the same name (`getDatabaseVersion` is the
//   engine's `version`); `diff` returns its SQL as `stdout`, which the CLI wants as a `print` request first.
// - `--datasource '{...}' cli can-connect-to-database | create-database | drop-database`: exit 0 on success, else a
//   JSON log line on stderr with `fields.error_code` (P1003: no such database, P1001: unreachable). The CLI skips the
//   first stderr line, so a harmless one is written first.
// The engine is the WebAssembly build the CLI ships (node_modules/prisma/build/schema_engine_bg.wasm) with the JS glue
// of @prisma/schema-engine-wasm at the same version, driven through @prisma/adapter-pg wrapped by
// bindMigrationAwareSqlAdapterFactory (@prisma/driver-adapter-utils), as Prisma's own SchemaEngineWasm.ts does.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

if (args.includes("--version")) {
  const { version } = require("prisma/package.json");
  console.log(`schema-engine-wasm ${version} (kaisetsu wrapper)`);
  process.exit(0);
}

/** Values that follow `flag` up to the next `--flag`. */
function valuesOf(flag) {
  const at = args.indexOf(flag);
  if (at < 0) return [];
  const out = [];
  for (const value of args.slice(at + 1)) {
    if (value.startsWith("--")) break;
    out.push(value);
  }
  return out;
}

const datasource = JSON.parse(valuesOf("--datasource")[0] ?? "{}");
const cliAt = args.indexOf("cli");

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** The CLI skips the first stderr line, then reads a JSON log line whose fields.error_code it maps to a message. */
function failOneShot(code, message) {
  process.stderr.write(`${JSON.stringify({ level: "INFO", fields: { message: "kaisetsu schema engine" } })}\n`);
  process.stderr.write(`${JSON.stringify({ level: "ERROR", fields: { message, error_code: code } })}\n`);
  process.exit(1);
}

async function oneShot(command, url) {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  try {
    await admin.connect();
  } catch (error) {
    failOneShot("P1001", `Can't reach database server: ${error.message}`);
  }
  const name = databaseName(url);
  const quoted = `"${name.replaceAll('"', '""')}"`;
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount > 0;
    if (command === "can-connect-to-database" && !exists) failOneShot("P1003", `Database ${name} does not exist`);
    if (command === "create-database" && !exists) await admin.query(`CREATE DATABASE ${quoted}`);
    if (command === "drop-database") await admin.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  process.exit(0);
}

if (cliAt >= 0) await oneShot(args[cliAt + 1], datasource.url);

// adapter-pg cannot decode pg_catalog's "char" (oid 18) and name (oid 19), which introspection reads: relabel them as text.
function patchQueryable(adapter) {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__kaisetsuPatched) return;
  const performIO = proto.performIO;
  proto.performIO = async function patchedPerformIO(query) {
    const result = await performIO.call(this, query);
    for (const field of result.fields ?? [])
      if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    return result;
  };
  proto.__kaisetsuPatched = true;
}

class PatchedPgFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";
  constructor(url) {
    this.url = url;
    this.inner = new PrismaPg({ connectionString: url });
  }
  async connect() {
    const adapter = await this.inner.connect();
    patchQueryable(adapter);
    return adapter;
  }
  // adapter-pg's own version drops the shadow database while its pool is still open; close the pool first.
  async connectToShadowDb() {
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    const admin = await this.connect();
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ connectionString: withDatabase(this.url, name) }).connect();
    patchQueryable(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}

function send(message) {
  process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
}

// The CLI ships the engine build it was made with; its package exports only the CLI, so find it beside package.json.
// The engine reports a Rust panic through this global before it throws.
let lastPanic = "";
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message) => {
    lastPanic = message;
    process.stderr.write(`schema engine panic: ${message}\n`);
  },
};

const wasmPath = path.join(path.dirname(require.resolve("prisma/package.json")), "build/schema_engine_bg.wasm");
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": glue });
glue.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start?.();

// Commands such as `migrate diff` start the engine without a schema; it still needs one to know its connector.
const datamodels = valuesOf("--datamodels").map((file) => [file, readFileSync(file, "utf8")]);
if (datamodels.length === 0) datamodels.push(["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']);
const engine = await glue.SchemaEngine.new(
  { datamodels },
  (log) => process.stderr.write(`${typeof log === "string" ? log : JSON.stringify(log)}\n`),
  bindMigrationAwareSqlAdapterFactory(new PatchedPgFactory(datasource.url)),
);

const aliases = { getDatabaseVersion: "version" };

async function handle(request) {
  const method = aliases[request.method] ?? request.method;
  if (typeof engine[method] !== "function") {
    send({ id: request.id, error: { code: -32601, message: `Method not found: ${request.method}` } });
    return;
  }
  try {
    const result = await engine[method](request.params ?? {});
    if (request.method === "diff" && result && typeof result.stdout === "string") {
      send({ id: `print-${request.id}`, method: "print", params: { content: result.stdout } });
      delete result.stdout;
    }
    send({ id: request.id, result: result ?? null });
  } catch (error) {
    const message = error?.message ?? String(error);
    const data = { is_panic: false, message, meta: error?.meta ?? null, error_code: error?.error_code ?? error?.code };
    send({
      id: request.id,
      error: { code: 4466, message: "An error happened. Check the data field for details.", data },
    });
  }
}

const lines = createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on("line", (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (message.method === undefined) return; // a response to our "print" request
  queue = queue.then(() => handle(message));
});
lines.on("close", () => queue.then(() => process.exit(0)));
