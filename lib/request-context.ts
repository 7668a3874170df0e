import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/rate-limit/client-address";

// What a route or an action knows about its request and hands to a use case as plain values: use cases never read
// headers, cookies or the clock themselves (CODE_STYLE.md rule 12).

/** The client's address for rate limits: the socket's, or a trusted proxy's report of it (see client-address.ts). */
export async function requestIp(): Promise<string> {
  return clientAddress(await headers());
}

/**
 * The request's clock, read once at the boundary and passed to use cases as `now`. Real time in production; under
 * test wiring (KAISETSU_TEST_HOOKS=1 on a loopback database) the shared test clock, loaded only then.
 */
export async function requestNow(): Promise<Date> {
  if (process.env.KAISETSU_TEST_HOOKS !== "1") return new Date();
  const [{ areTestHooksEnabled, testClockNow }, { db }] = await Promise.all([
    import("@/lib/testing/test-clock"),
    import("@/lib/db"),
  ]);
  return areTestHooksEnabled() ? testClockNow(db) : new Date();
}
