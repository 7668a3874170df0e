import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCheckedBank } from "./check-bank";
import { formatProblem } from "../parse/problem";
import { writeSetsSection } from "../parse/sets-yaml";
import { parseYamlWith } from "../parse/yaml-source";
import { z } from "zod";
import { examSetSchema } from "../parse/exam-schema";

const fixtures = path.join(import.meta.dirname, "../__fixtures__/sets");

async function problemsOf(kind: string): Promise<string[]> {
  const dir = path.join(fixtures, kind);
  const bank = await loadCheckedBank(dir, { repoRoot: dir, today: "2026-11-30" });
  return bank.problems.map(formatProblem);
}

describe("content:check on the fixed mock sets", () => {
  it("accepts valid sets", async () => {
    expect(await problemsOf("valid")).toEqual([]);
  });

  it.each([
    [
      "unknown-id",
      [
        "network-basics/exam.yaml:20:16  set 1 has no question of task 1.1 (every task statement belongs in every set)",
        "network-basics/exam.yaml:20:17  set 1: net-0099 is not a question of network-basics (unknown or retired id; re-run npm run content:sets)",
      ],
    ],
    ["two-sets", ["network-basics/exam.yaml:22:17  set 2: net-0001 is already in set 1 (a question belongs to one set)"]],
    ["wrong-count", ["network-basics/exam.yaml:20:16  set 1 has 3 questions, not the exam's 2"]],
    ["missing-task", ["network-basics/exam.yaml:20:16  set 1 has no question of task 2.1 (every task statement belongs in every set)"]],
    [
      "weights",
      [
        "network-basics/exam.yaml:20:16  set 1 has 1 dns questions; its weight 50% asks for 4 (±2)",
        "network-basics/exam.yaml:20:16  set 1 has 7 nat questions; its weight 50% asks for 4 (±2)",
      ],
    ],
    ["numbering", ["network-basics/exam.yaml:19:13  `sets[0].number`: set 1 is numbered 2: number the sets 1, 2, 3… in order"]],
  ])("reports %s with its file:line:column", async (kind, expected) => {
    expect(await problemsOf(kind)).toEqual(expected);
  });
});

describe("writeSetsSection", () => {
  const base = "id: x\n# a comment\ntasks: []\n";
  it("appends the section, then replaces it in place on a re-run, leaving the rest of the file alone", () => {
    const once = writeSetsSection(base, [["a-1", "a-2"], ["b-1", "b-2"]]);
    expect(once.startsWith(base)).toBe(true);
    const parsed = parseYamlWith(z.object({ sets: z.array(examSetSchema) }), once.slice(base.length), "exam.yaml", 1);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data?.sets).toEqual([
      { number: 1, questions: ["a-1", "a-2"] },
      { number: 2, questions: ["b-1", "b-2"] },
    ]);
    expect(writeSetsSection(once, [["a-1", "a-2"], ["b-1", "b-2"]])).toBe(once);
    const moved = `${once}after: 1\n`;
    expect(writeSetsSection(moved, [["c-1"]])).toBe(`${writeSetsSection(base, [["c-1"]])}after: 1\n`);
  });
});
