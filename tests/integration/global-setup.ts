// Starts a throwaway PostgreSQL for the integration tests (or uses TEST_DATABASE_URL), applies the migrations,
// and hands its URL to the test files through DATABASE_URL.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../../scripts/lib/migrate";

export default async function setup(): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    migrateDeploy(external);
    process.env.DATABASE_URL = external;
    return async () => {};
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "kaisetsu-it-"));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: await findFreePort(),
    isPersistent: false,
    isFast: true,
  });
  migrateDeploy(server.url);
  process.env.DATABASE_URL = server.url;
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
