import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseYamlWith } from "./yaml-source";

const schema = z.strictObject({ id: z.string(), items: z.array(z.strictObject({ url: z.string() })) });

describe("parseYamlWith", () => {
  it("reports every unknown key at the key, shifted to file lines", () => {
    const { problems } = parseYamlWith(schema, "id: a\nitems: []\nextra: 1\nmore: 2\n", "f.md", 2);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      "4:1 unknown field `extra`",
      "5:1 unknown field `more`",
    ]);
  });

  it("points a nested error at its value, and a missing field at the enclosing map", () => {
    const { problems, positionOf } = parseYamlWith(schema, "items:\n  - url: 5\n", "f.md", 1);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      "1:1 missing field `id`",
      "2:10 `items[0].url`: Invalid input: expected string, received number",
    ]);
    expect(positionOf(["items", 0, "url"], { isKeyWanted: true })).toEqual({ line: 2, column: 5 });
  });

  it("reports a YAML syntax error without validating", () => {
    const { data, problems } = parseYamlWith(schema, "id: [a\n", "f.md", 1);
    expect(data).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^YAML syntax error: /);
  });
});
