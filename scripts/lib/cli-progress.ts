/** A counter on one terminal line ("checking 120/4000"); silent when the stream is not a terminal (CI logs, pipes). */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  const isShown = stream.isTTY === true;
  let lastWrite = 0;
  let hasLine = false;
  return {
    update(label: string, done: number, total: number): void {
      if (!isShown) return;
      const now = Date.now();
      // Redrawing on every item would cost more than the work on a large bank: ~20 redraws a second is plenty.
      if (done < total && now - lastWrite < 50) return;
      lastWrite = now;
      hasLine = true;
      stream.write(`\r\x1b[2K${label} ${done}/${total}`);
    },
    clear(): void {
      if (isShown && hasLine) stream.write("\r\x1b[2K");
      hasLine = false;
    },
  };
}
