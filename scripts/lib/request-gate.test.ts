import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pipeline } from "node:stream/promises";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { peerAddressHeader } from "../../lib/rate-limit/client-address";
import { gated } from "./request-gate";

// The gate on a real socket, in front of a stand-in for Next.js that reads the body as Next.js's action handler does
// (a stream pipeline) and echoes what it got.
let server: Server;
let url: string;
const handled: string[] = [];

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await pipeline(
    request,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer(
    gated(async (request, response) => {
      const body = await bodyOf(request);
      handled.push(request.url ?? "");
      response.writeHead(200, { "content-type": "application/json" });
      const encoding = request.headers["accept-encoding"] ?? null;
      response.end(
        JSON.stringify({ peer: request.headers[peerAddressHeader], length: body.length, body: `${body}`, encoding }),
      );
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const action = { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" };
async function post(path: string, headers: Record<string, string>, body: BodyInit) {
  const response = await fetch(`${url}${path}`, { method: "POST", headers, body, duplex: "half" } as RequestInit);
  return {
    status: response.status,
    json: (await response.json()) as { message?: string; body?: string; encoding?: string | null },
  };
}
/** A body sent chunked (no Content-Length), in pieces. */
function chunked(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
}

describe("the app server's gate in front of Next.js", () => {
  it("hands a valid action body on byte for byte, even sent in pieces, with the socket's address", async () => {
    const body = JSON.stringify([{ attemptId: "c1", position: 0, selected: ["A"], note: "日本語".repeat(20_000) }]);
    const bytes = new TextEncoder().encode(body);
    const pieces = [bytes.slice(0, 1000), bytes.slice(1000, 70_001), bytes.slice(70_001)];
    const reply = await post("/practice/c1", { ...action, [peerAddressHeader]: "6.6.6.6" }, chunked(pieces));
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ peer: "127.0.0.1", body });
  });

  it("hands a valid multipart action on", async () => {
    const form = new FormData();
    form.set("1_questionId", "saa-0001");
    form.set("0", '["$K1"]');
    const reply = await post("/questions/saa-0001/forum", { "next-action": "7f00" }, form);
    expect(reply.status).toBe(200);
    expect(reply.json.body).toContain("saa-0001");
  });

  it("refuses a bad action before Next.js sees it, with the message the bad-input table expects", async () => {
    const before = handled.length;
    const cases: [Record<string, string>, BodyInit, number, RegExp][] = [
      [action, '[{"attemptId":', 400, /not valid JSON/],
      [action, "[".repeat(10_000) + "]".repeat(10_000), 400, /nests deeper/],
      [action, '["$Q99"]', 400, /cannot be decoded/],
      [{ ...action, "content-type": "application/json" }, "[{}]", 415, /takes text\/plain/],
      [{ ...action, origin: "https://evil.example" }, "[{}]", 403, /Cross-site/],
      [{ ...action, "sec-fetch-site": "cross-site" }, "[{}]", 403, /Cross-site/],
      [{ ...action, "content-type": "multipart/form-data; boundary=XYZ" }, "garbage", 400, /multipart body/],
      [action, new Uint8Array(1_100_000).fill(97), 413, /larger than 1048576 bytes/],
      [action, chunked(Array.from({ length: 12 }, () => new Uint8Array(100_000).fill(32))), 413, /larger than/],
    ];
    for (const [headers, body, status, message] of cases) {
      const reply = await post("/exam", headers, body);
      expect([reply.status, reply.json.message]).toEqual([status, expect.stringMatching(message)]);
    }
    expect(handled.length).toBe(before);
  });

  it("asks Next.js for an uncompressed reply to an action only (its reply is a few kB of data)", async () => {
    const reply = await post("/practice/c1", { ...action, "accept-encoding": "gzip, br" }, '[{"position":0}]');
    expect(reply.json).toMatchObject({ encoding: null, body: '[{"position":0}]' });
    const page = await post("/lang", { "accept-encoding": "gzip, br" }, "to=en");
    expect(page.json.encoding).toBe("gzip, br");
  });

  it("leaves other requests' bodies to Next.js, unread", async () => {
    const reply = await post("/lang", { "content-type": "application/x-www-form-urlencoded" }, "to=en");
    expect(reply.json).toMatchObject({ body: "to=en" });
    const plain = await post("/api/x", { "content-type": "text/plain" }, "[{");
    expect(plain.json).toMatchObject({ body: "[{" });
  });
});
