// Keeps the app server running (issue #10, finding 9): when it dies (a crash, kill -9, out of memory), start it again
// after a backoff that doubles from 1 s up to 30 s, and starts over at 1 s once a run has lasted a minute. Every exit and
// restart is logged. The database (started by `npm start` itself) keeps running meanwhile.

export type Supervised = {
  exitCode: number | null;
  signalCode: NodeJS.Signals | null;
  once(event: "exit", listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
};

export type SuperviseOptions<T extends { child: Supervised }> = {
  /** Starts one run; resolves when it is ready (rejects when it died before that). */
  start: () => Promise<T>;
  log?: (line: string) => void;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A run that lasted this long was healthy: the next crash waits the initial delay again. */
  healthyAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called with each run once it is ready (the first and every restart). */
  onReady?: (run: T, restarts: number) => void;
};

export type Supervisor<T> = { current: () => T | undefined; restarts: () => number; stop: () => Promise<void> };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `start` and restarts it whenever its child exits, until `stop`. Resolves once the first run is ready. */
export async function supervise<T extends { child: Supervised; stop: () => Promise<void> }>(
  options: SuperviseOptions<T>,
): Promise<Supervisor<T>> {
  const {
    start,
    log = (line) => console.error(line),
    initialDelayMs = 1000,
    maxDelayMs = 30_000,
    healthyAfterMs = 60_000,
    sleep = realSleep,
    now = Date.now,
    onReady,
  } = options;
  let current: T | undefined;
  let restarts = 0;
  let delay = initialDelayMs;
  let isStopping = false;

  const watch = (run: T, startedAt: number) => {
    run.child.once("exit", (code, signal) => {
      if (isStopping) return;
      const lived = now() - startedAt;
      if (lived >= healthyAfterMs) delay = initialDelayMs;
      log(
        `The app server exited (${signal ? `signal ${signal}` : `code ${code}`}) after ${(lived / 1000).toFixed(1)} s; restarting in ${(delay / 1000).toFixed(1)} s.`,
      );
      void restart();
    });
  };

  const restart = async (): Promise<void> => {
    while (!isStopping) {
      await sleep(delay);
      if (isStopping) return;
      const wait = delay;
      delay = Math.min(delay * 2, maxDelayMs);
      const startedAt = now();
      try {
        const run = await start();
        if (isStopping) {
          await run.stop();
          return;
        }
        current = run;
        restarts += 1;
        log(`The app server is running again (restart ${restarts}, after waiting ${(wait / 1000).toFixed(1)} s).`);
        onReady?.(run, restarts);
        watch(run, startedAt);
        return;
      } catch (error) {
        log(
          `The app server could not start (${error instanceof Error ? error.message : String(error)}); trying again in ${(delay / 1000).toFixed(1)} s.`,
        );
      }
    }
  };

  const first = await start();
  current = first;
  onReady?.(first, 0);
  watch(first, now());
  return {
    current: () => current,
    restarts: () => restarts,
    stop: async () => {
      isStopping = true;
      await current?.stop();
    },
  };
}
