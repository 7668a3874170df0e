import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { findFreePort } from "./embedded-postgres";
import { supervise } from "./supervise";

/** A tiny HTTP server in a child process, like the app server: resolves when it answers. */
async function startChild(port: number) {
  const child = spawn(
    process.execPath,
    ["-e", `require("node:http").createServer((q, s) => s.end("ok " + process.pid)).listen(${port}, "127.0.0.1")`],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    const text = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.text(),
      () => null,
    );
    if (text)
      return {
        child,
        pid: child.pid,
        stop: () =>
          new Promise<void>((resolve) =>
            child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")),
          ),
      };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("never answered");
}

describe("npm start's supervisor (issue #10, finding 9)", () => {
  it("restarts the app server after kill -9, with a doubling backoff, and logs it", async () => {
    const port = await findFreePort();
    const lines: string[] = [];
    const waits: number[] = [];
    const readies: number[] = [];
    const supervisor = await supervise({
      start: () => startChild(port),
      log: (line) => lines.push(line),
      sleep: async (ms) => void waits.push(ms),
      onReady: (_run, restarts) => readies.push(restarts),
    });
    for (let round = 1; round <= 3; round += 1) {
      const before = supervisor.current();
      before?.child.kill("SIGKILL");
      await expect.poll(() => supervisor.restarts(), { timeout: 10_000 }).toBe(round);
      expect(supervisor.current()?.pid).not.toBe(before?.pid);
      expect(await fetch(`http://127.0.0.1:${port}/`).then((response) => response.text())).toBe(
        `ok ${supervisor.current()?.pid}`,
      );
    }
    await supervisor.stop();
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(readies).toEqual([0, 1, 2, 3]);
    expect(lines.filter((line) => /exited \(signal SIGKILL\)/.test(line))).toHaveLength(3);
    expect(lines.filter((line) => /running again \(restart \d/.test(line))).toHaveLength(3);
  });

  it("keeps trying when a restart fails, and stops for good when asked", async () => {
    let attempts = 0;
    const lines: string[] = [];
    const port = await findFreePort();
    const supervisor = await supervise({
      start: async () => {
        attempts += 1;
        if (attempts === 2 || attempts === 3) throw new Error("port busy");
        return startChild(port);
      },
      log: (line) => lines.push(line),
      sleep: async () => {},
      maxDelayMs: 4000,
    });
    supervisor.current()?.child.kill("SIGKILL");
    await expect.poll(() => supervisor.restarts(), { timeout: 10_000 }).toBe(1);
    expect(lines.filter((line) => /could not start \(port busy\)/.test(line))).toHaveLength(2);
    const last = supervisor.current();
    await supervisor.stop();
    expect(last?.child.exitCode !== null || last?.child.signalCode !== null).toBe(true);
    expect(supervisor.restarts()).toBe(1);
  });
});
