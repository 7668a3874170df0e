// Starts the app server (scripts/serve.ts: Next.js behind the request gate) as a child process and waits until it answers.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { root } from "./build";

export type AppServer = { url: string; child: ChildProcess; stop: () => Promise<void> };

type AppServerOptions = {
  port: number;
  env: Record<string, string | undefined>;
  distDir?: string;
  isQuiet?: boolean;
  /** Tests and benches listen on loopback only; `npm start` on every interface, like `next start`. */
  host?: string;
  /** Extra flags for the server's node process (e.g. a bench's `--cpu-prof`; not all are allowed in NODE_OPTIONS). */
  nodeArgs?: string[];
};

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { port, env, distDir = ".next", isQuiet = false, host = "127.0.0.1", nodeArgs = [] } = options;
  const hostArgs = host === "*" ? [] : ["--host", host];
  // scripts/serve.ts: Next.js's handler behind the request gate (the socket's address for rate limits, 413).
  const child = spawn(
    process.execPath,
    [...nodeArgs, "--import", "tsx", path.join(root, "scripts/serve.ts"), "--port", String(port), ...hostArgs],
    {
      cwd: root,
      env: { ...process.env, ...env, KAISETSU_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
      stdio: isQuiet ? ["ignore", "ignore", "inherit"] : "inherit",
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (let isReady = false; !isReady;) {
    if (child.exitCode !== null)
      throw new Error(`The app server exited with code ${child.exitCode} before it was ready.`);
    if (Date.now() >= deadline) {
      // Not ready in time: say so (a caller going on would only wait on requests that never come back).
      child.kill("SIGKILL");
      throw new Error(`The app server did not answer ${url}/api/health within 60 s.`);
    }
    try {
      isReady = (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) })).ok;
    } catch {
      // not listening yet
    }
    if (!isReady) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // SIGTERM lets the server finish its requests; one that has not exited 10 s later is killed (a stop always ends).
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return { url, child, stop };
}
