import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for the start script, tests and a load balancer's health check. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, message: "database unreachable" }, { status: 503 });
  }
}
