// What the app server does to every request before Next.js sees it (scripts/serve.ts). Pure, so it is unit-tested.
import type { IncomingHttpHeaders } from "node:http";
// The header that carries the TCP peer's address to the app. Always overwritten: a client cannot set it.
import { peerAddressHeader } from "../../lib/rate-limit/client-address";

// The largest request body the app accepts (server actions, forms, /lang): Next.js's own 1 MB action limit.
import { maxBodyBytes } from "../../lib/request-checks";

export type GateVerdict = { status: 413; message: string } | null;

/**
 * Sets the peer address (from the socket, never from the client) and refuses a body announced larger than the limit
 * with 413 before a byte of it is read. Bodies without a length (chunked) are left to Next.js's own limit.
 */
export function gateRequest(headers: IncomingHttpHeaders, socketAddress: string | undefined): GateVerdict {
  headers[peerAddressHeader] = socketAddress ?? "unknown";
  const length = Number(headers["content-length"] ?? 0);
  if (Number.isFinite(length) && length > maxBodyBytes)
    return { status: 413, message: `The request body is larger than ${maxBodyBytes} bytes.` };
  return null;
}
