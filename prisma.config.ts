import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine is downloaded at run time, which fails offline: run its WebAssembly build instead
// (see scripts/prisma-schema-engine.mjs). An engine chosen by the user's environment still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "scripts/prisma-schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/seed.ts" },
  datasource: {
    // `prisma generate` needs no database; every other command is run with DATABASE_URL set.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/kaisetsu",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
