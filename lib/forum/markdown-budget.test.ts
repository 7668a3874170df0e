import { describe, expect, it } from "vitest";
import { markdownBudget, markdownBudgetProblem } from "@/lib/forum/markdown-budget";

describe("the Markdown budget (issue #10, finding 1)", () => {
  it("refuses the shapes that make the parser quadratic or overflow its stack", () => {
    expect(markdownBudgetProblem("*_".repeat(5000))).toBe("tooManyDelimiters");
    expect(markdownBudgetProblem("~a".repeat(5000))).toBe("tooManyDelimiters");
    expect(markdownBudgetProblem("[a](".repeat(2500))).toBe("tooManyBrackets");
    expect(markdownBudgetProblem("|a".repeat(5000))).toBe("tooManyBrackets");
    expect(markdownBudgetProblem("> ".repeat(5000))).toBe("tooDeep");
    expect(markdownBudgetProblem(Array.from({ length: 20 }, (_, i) => `${"  ".repeat(i * 2)}- a`).join("\n"))).toBe(
      "tooDeep",
    );
    expect(markdownBudgetProblem("1. 2. 3. 4. 5. 6. 7. 8. 9. a")).toBe("tooDeep");
    expect(markdownBudgetProblem("- a\n".repeat(2500))).toBe("tooManyLines");
  });

  it("lets real posts through, and counts nothing inside fenced code", () => {
    expect(
      markdownBudgetProblem(
        "NACL の **アウトバウンド** は _all_ ですか?\n\n- a\n  - b\n\n> 引用\n\n| a | b |\n|---|---|\n| 1 | 2 |",
      ),
    ).toBeNull();
    const code = "```python\n" + "snake_case_name = a * b\n".repeat(600) + "```\n\nok *done*";
    expect(markdownBudgetProblem(code)).toBeNull();
    expect(markdownBudgetProblem("~~~\n" + "*_".repeat(4000) + "\n```\nstill code\n~~~\n*a*")).toBeNull();
    expect(markdownBudgetProblem("*".repeat(markdownBudget.maxDelimiters))).toBeNull();
    expect(markdownBudgetProblem("*".repeat(markdownBudget.maxDelimiters + 1))).toBe("tooManyDelimiters");
  });
});
