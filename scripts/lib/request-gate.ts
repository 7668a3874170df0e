// What the app server does to every request before Next.js sees it (scripts/serve.ts); unit-tested on a real socket.
import type { IncomingHttpHeaders, IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { Readable } from "node:stream";
// The header that carries the TCP peer's address to the app. Always overwritten: a client cannot set it.
import { peerAddressHeader } from "../../lib/rate-limit/client-address";
// The largest request body the app accepts (server actions, forms, /lang): Next.js's own 1 MB action limit.
import { actionBodyProblem, actionHeaderProblem, maxBodyBytes, type RequestProblem } from "../../lib/request-checks";

export type GateVerdict = { status: 413; message: string } | null;

const tooLarge = { status: 413, message: `The request body is larger than ${maxBodyBytes} bytes.` } as const;

/**
 * Sets the peer address (from the socket, never from the client) and refuses a body announced larger than the limit
 * with 413 before a byte of it is read. Bodies without a length (chunked) are left to Next.js's own limit, except a
 * server action's (checkAction counts it).
 */
export function gateRequest(headers: IncomingHttpHeaders, socketAddress: string | undefined): GateVerdict {
  headers[peerAddressHeader] = socketAddress ?? "unknown";
  const length = Number(headers["content-length"] ?? 0);
  if (Number.isFinite(length) && length > maxBodyBytes) return tooLarge;
  return null;
}

/** The request listener of the app server: `handle` (Next.js's) behind the gate. */
export function gated(handle: (request: IncomingMessage, response: ServerResponse) => unknown): RequestListener {
  return (request, response) => {
    const verdict = gateRequest(request.headers, request.socket.remoteAddress);
    if (verdict) return refuse(request, response, verdict);
    if (!isActionRequest(request)) return void handle(request, response);
    // An action's reply is a few kB of data: gzipping it (a fresh zlib stream per reply, Next.js's compression) cost
    // more CPU than the rest of the framework's reply work (issue #16 profile), to save a few kB. Pages, scripts and
    // styles are compressed as before.
    delete request.headers["accept-encoding"];
    checkAction(request).then(
      (problem) => (problem ? refuse(request, response, problem) : void handle(request, response)),
      () => request.destroy(), // the client went away in the middle of the body
    );
  };
}

function refuse(request: IncomingMessage, response: ServerResponse, problem: RequestProblem): void {
  response.writeHead(problem.status, { "Content-Type": "application/json; charset=utf-8", Connection: "close" });
  response.end(JSON.stringify({ ok: false, message: problem.message }));
  request.resume();
}

/** A server action call: a POST with Next.js's action header (the browser's fetch, and forms run by React). */
export function isActionRequest(request: Pick<IncomingMessage, "method" | "headers">): boolean {
  return request.method === "POST" && request.headers["next-action"] !== undefined;
}

const headerReader = (headers: IncomingHttpHeaders) => ({
  get: (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  },
});

/**
 * A server action's request, checked before Next.js decodes it (issue #10, finding 7): cross-site → 403, a body of
 * another type → 415, over 1 MB (announced or counted) → 413, malformed JSON or multipart → 400. Reads the body (an
 * action's is small) and hands it back to the request unread, so Next.js decodes the very bytes that were checked.
 * Here rather than in proxy.ts: Next.js's proxy machinery (a web Request, a cloned body stream, a second routing pass)
 * cost each answer more CPU than the action itself; this costs a few microseconds.
 */
export async function checkAction(request: IncomingMessage): Promise<RequestProblem | null> {
  const headerProblem = actionHeaderProblem(headerReader(request.headers));
  if (headerProblem) return headerProblem;
  const body = await readBody(request, maxBodyBytes);
  if (!body) return tooLarge;
  const problem = await actionBodyProblem(request.headers["content-type"] ?? "", body);
  if (!problem) replayBody(request, body);
  return problem;
}

/** The whole body, or null once it passes `limit` bytes (the rest is not read: the reply closes the connection). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      request.off("data", onData).off("end", onEnd).pause();
      resolve(null);
    };
    const onEnd = () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    request.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

/**
 * Makes a fully read request readable again with the same bytes, the way Next.js itself restores a body its proxy
 * read (next/dist/server/body-streams.js): the stream state and methods of a fresh Readable, bound to the request.
 */
function replayBody(request: IncomingMessage, body: Buffer): void {
  const replay = new Readable({ read() {} });
  replay.push(body);
  replay.push(null);
  const target = request as unknown as Record<string, unknown>;
  for (const key in replay) {
    const value = (replay as unknown as Record<string, unknown>)[key];
    target[key] = typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(request) : value;
  }
}
