/**
 * Runs a CLI's main and sets the exit code it returns (2 when it throws, after printing the error). exitCode, not
 * exit(): process.exit() would cut off output still queued for a pipe (CI logs of a large bank).
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
