// `npm run user:role -- <email> moderator|user`: gives an existing account the moderator role, or takes it back.
// Uses DATABASE_URL, or the embedded PostgreSQL of `npm start` (running or not: started for the change, then stopped).
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { root } from "./lib/build";
import { isPortFree, startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { setUserRole } from "./lib/user-role";

async function main(): Promise<number> {
  const [email, role] = process.argv.slice(2);
  if (!email || !role) {
    console.error("Usage: npm run user:role -- <email> moderator|user");
    return 2;
  }
  let started: RunningPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const port = Number(process.env.KAISETSU_DB_PORT ?? 54329);
    if (await isPortFree(port))
      started = await startEmbeddedPostgres({ dataDir: path.join(root, ".data/postgres"), port, isPersistent: true });
    url = started?.url ?? `postgresql://postgres:kaisetsu-local@127.0.0.1:${port}/kaisetsu`;
  }
  const db = createPrismaClient(url, { maxConnections: 1 });
  try {
    const result = await setUserRole(db, email, role);
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    console.log(`${result.email}: ${result.from} → ${result.to} (applies at the user's next request)`);
    return 0;
  } finally {
    await db.$disconnect();
    await started?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
