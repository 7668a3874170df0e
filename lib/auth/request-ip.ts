import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";

/** The client's address for rate limits: the socket's, or a trusted proxy's report of it (see client-address.ts). */
export async function requestIp(): Promise<string> {
  return clientAddress(await headers());
}
