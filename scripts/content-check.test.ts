// The CLI itself: what CI sees (output lines and the exit code).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const fixtures = "lib/content/__fixtures__";

function contentCheck(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/content-check.ts", dir], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CI: "", ...env },
  });
  return { code: result.status, lines: result.stdout.trim().split("\n") };
}

describe("npm run content:check", () => {
  it("passes a valid bank with a summary line", { timeout: 60_000 }, () => {
    const { code, lines } = contentCheck(`${fixtures}/valid`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^5 files, 2 questions, 0 problems \(\d+\.\d s\)$/);
    expect(code).toBe(0);
  });

  it("fails a broken bank, printing file:line:column  reason for each problem", { timeout: 60_000 }, () => {
    const { code, lines } = contentCheck(`${fixtures}/broken/plain-question`);
    expect(lines).toEqual([
      `${fixtures}/broken/plain-question/saa-c03/saa-0002.md:18:30  the question sentence ends "…レージはどれか。": end it in です・ます with 「ですか。」 or 「ますか。」 (e.g. 「…はどれですか。」)`,
      expect.stringMatching(/^5 files, 2 questions, 1 problem \(\d+\.\d s\)$/),
    ]);
    expect(code).toBe(1);
  });

  it("passes a bank whose only finding is a missing English file, unless CI=true", { timeout: 60_000 }, () => {
    const local = contentCheck(`${fixtures}/broken/missing-english`);
    expect(local.lines[0]).toMatch(/saa-0002\.md:2:5 {2}warning: no English translation/);
    expect(local.lines[1]).toMatch(/^4 files, 2 questions, 0 problems, 1 warning \(\d+\.\d s\)$/);
    expect(local.code).toBe(0);
    const ci = contentCheck(`${fixtures}/broken/missing-english`, { CI: "true" });
    expect(ci.lines[0]).toMatch(/saa-0002\.md:2:5 {2}no English translation/);
    expect(ci.lines[1]).toMatch(/^4 files, 2 questions, 1 problem \(\d+\.\d s\)$/);
    expect(ci.code).toBe(1);
  });

  it(
    "reports each variable question's clean count and fails one below the threshold, naming its top reasons",
    {
      timeout: 60_000,
    },
    () => {
      const { code, lines } = contentCheck("lib/content/__fixtures__/variants");
      expect(lines).toContain(
        "lib/content/__fixtures__/variants/network-basics/net-9014.md:2:1  variables: only 0 of 200 sampled variants are " +
          "clean (at least 50 must be); top reasons: key-changed 200 (seed 1: the analysis derives [B], the templates " +
          "explain [C]); see npm run content:variants -- net-9014",
      );
      expect(lines).toContain("  net-9013  99 of 200 clean  rejected: equivalent-choices 101");
      expect(lines).toContain("  net-9014  0 of 200 clean  rejected: key-changed 200");
      expect(code).toBe(1);
    },
  );
});
