// The CLI itself: what CI sees (output lines and the exit code).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const fixtures = "lib/content/__fixtures__";

function contentCheck(dir: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/content-check.ts", dir], { cwd: root, encoding: "utf8" });
  return { code: result.status, lines: result.stdout.trim().split("\n") };
}

describe("npm run content:check", () => {
  it("passes a valid bank with a summary line", { timeout: 60_000 }, () => {
    const { code, lines } = contentCheck(`${fixtures}/valid`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^4 files, 2 questions, 0 problems \(\d+\.\d s\)$/);
    expect(code).toBe(0);
  });

  it("fails a broken bank, printing file:line:column  reason for each problem", { timeout: 60_000 }, () => {
    const { code, lines } = contentCheck(`${fixtures}/broken/choose-mismatch`);
    expect(lines).toEqual([
      `${fixtures}/broken/choose-mismatch/saa-c03/saa-0001.md:9:9  choose: 3 but 2 choices are marked "- [x]" (A, C)`,
      expect.stringMatching(/^2 files, 1 question, 1 problem \(\d+\.\d s\)$/),
    ]);
    expect(code).toBe(1);
  });
});
