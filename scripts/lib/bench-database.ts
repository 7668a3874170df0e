// A migrated database of one benchmark's own on the bench runner's PostgreSQL, so benches never see each other's rows.
import pg from "pg";
import { migrateDeploy } from "./migrate";

export type BenchDatabase = { url: string; drop: () => Promise<void> };

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(serverUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `bench_${prefix}_${process.pid}_${Date.now()}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  migrateDeploy(url.toString());
  return { url: url.toString(), drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
