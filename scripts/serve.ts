// The production app server (`npm start`, the tests and benches): Next.js's request handler behind a small gate.
// The gate gives the app the TCP peer's address (Next.js keeps a client-sent X-Forwarded-For as it is, so the app
// could not tell a forged one from the socket), refuses oversized bodies with 413 and checks server-action requests
// before Next.js decodes them (scripts/lib/request-gate.ts). Usage:
//   node --import tsx scripts/serve.ts --port 3000 [--host 127.0.0.1]
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { gated } from "./lib/request-gate";

/** How long a stopping server lets the requests in flight finish. */
const SHUTDOWN_GRACE_MS = 5_000;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(argument("port") ?? process.env.PORT ?? 3000);
  const host = argument("host");
  const app = next({
    dev: false,
    dir: path.resolve(import.meta.dirname, ".."),
    port,
    ...(host ? { hostname: host } : {}),
  });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer(gated(handle));
  server.listen(port, host, () =>
    console.log(`Kaisetsu app server listening on ${host ?? "*"}:${port} (pid ${process.pid})`),
  );
  // Stop: no new connections, idle keep-alive ones closed now; requests in flight get SHUTDOWN_GRACE_MS to finish,
  // then every connection is closed and the process exits (server.close alone waits for every client to hang up).
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
