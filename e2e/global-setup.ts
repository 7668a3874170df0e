// Everything the browser tests need, started by the tests themselves: a throwaway PostgreSQL (or E2E_DATABASE_URL),
// migrations, the question banks, a production build and the app server. Returns the teardown.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { startAppServer } from "../scripts/lib/app-server";
import { ensureBuild, ensurePrismaClient, root, run } from "../scripts/lib/build";
import { findFreePort, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../scripts/lib/migrate";
import { startSmtpSink } from "../scripts/lib/smtp-sink";

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const baseURL = config.projects[0]?.use.baseURL ?? "http://127.0.0.1:3210";
  const port = Number(new URL(baseURL).port);
  const dir = await mkdtemp(path.join(os.tmpdir(), "kaisetsu-e2e-"));
  const database = process.env.E2E_DATABASE_URL
    ? { url: process.env.E2E_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir: path.join(dir, "data"),
        port: await findFreePort(),
        isPersistent: false,
        isFast: true,
      });
  ensurePrismaClient();
  migrateDeploy(database.url);
  run(process.execPath, ["--import", "tsx", path.join(root, "scripts/seed.ts")], { DATABASE_URL: database.url });
  const distDir = process.env.E2E_DIST_DIR ?? ".next";
  ensureBuild(distDir);
  // Tests read the database directly (habit 8: check the database after a UI action), and the mail the app sent.
  process.env.DATABASE_URL = database.url;
  const mail = await startSmtpSink();
  process.env.E2E_MAIL_DIR = mail.folder;
  const server = await startAppServer({
    port,
    distDir,
    isQuiet: true,
    env: {
      DATABASE_URL: database.url,
      SMTP_URL: mail.url,
      KAISETSU_PUBLIC_URL: baseURL,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
      KAISETSU_TEST_HOOKS: "1",
    },
  });
  return async () => {
    await server.stop();
    await mail.stop();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
