// The CLI itself: what an author sees for clean and rejected variants (fixtures: lib/content/__fixtures__/variants).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function run(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/content-variants.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

describe("npm run content:variants", () => {
  it("prints each variant's verdicts, a rejected one's reason, and the counts by reason", { timeout: 60_000 }, () => {
    // The OS variable rewrites ranges: a Linux draw makes C read like B (equivalent-choices); macOS is clean.
    const rewrite = run("net-9013", "--count", "6", "--content", "lib/content/__fixtures__/variants");
    expect(rewrite.status).toBe(0);
    expect(rewrite.stdout).toContain("── net-9013 seed 1: rejected: equivalent-choices  (client windows → linux)");
    expect(rewrite.stdout).toContain("   reason: equivalent-choices: B and C make the same changes");
    expect(rewrite.stdout).toMatch(/── net-9013 seed 5: clean {2}\(client windows → macos\)\n.*\n {3}\[ \] A\. /);
    expect(rewrite.stdout).toMatch(/ {7}needed: 必要です。/);
    expect(rewrite.stdout.trim().split("\n").at(-1)).toBe("1 of 6 clean; rejected: equivalent-choices 5");
  });

  it(
    "shows the analysis's key and verdicts when the key no longer matches the explanations",
    { timeout: 60_000 },
    () => {
      // ranges: keep without texts entries: for Linux the analysis moves the key to B, the templates still explain C.
      const keep = run("net-9014", "--count", "1", "--content", "lib/content/__fixtures__/variants", "--lang", "en");
      expect(keep.status).toBe(0);
      expect(keep.stdout).toContain("rejected: key-changed");
      expect(keep.stdout).toContain("the analysis derives [B], the templates explain [C]");
      expect(keep.stdout).toContain("   the analysis derives [B]\n       A. not-needed: ");
      expect(keep.stdout).toContain("0 of 1 clean; rejected: key-changed 1");
    },
  );

  it("exits 1 on a question without variables and 2 on bad arguments", { timeout: 60_000 }, () => {
    expect(run("net-0003").status).toBe(1);
    expect(run("net-0013", "--count", "0").status).toBe(2);
  });
});
