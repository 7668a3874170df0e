// A linear pre-check that bounds what one piece of user Markdown may cost to parse. The Markdown parser (micromark)
// is quadratic or worse on some shapes — thousands of emphasis delimiters (`*_*_…`), deep block-quote or list nesting
// (a stack overflow), thousands of list items or table cells — so a post is measured first, in one pass over its text,
// and refused with a clear message when it goes past what any real post needs. What passes renders in tens of ms.

/** The limits, in one place (the forum's messages and the bench name the same numbers). */
export const markdownBudget = {
  /** `*`, `_` and `~` outside fenced code: each may open or close emphasis, and pairing them is what goes quadratic. */
  maxDelimiters: 300,
  /** `[`, `]` and `|` outside fenced code: link labels and table cells. */
  maxBrackets: 300,
  /** Lines outside fenced code (list items, table rows, paragraphs): code lines cost nothing to parse. */
  maxLines: 400,
  /** Nesting of block quotes and lists on one line (`> > - > …` or indentation). */
  maxDepth: 8,
} as const;

export type MarkdownBudgetProblem = "tooManyDelimiters" | "tooManyBrackets" | "tooManyLines" | "tooDeep";

const fence = /^ {0,3}(`{3,}|~{3,})/;

/** Depth of containers a line opens: `>` markers and list markers at its start, and indentation (4 columns a level). */
function lineDepth(line: string): number {
  let depth = 0;
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const char = line[i];
    if (char === " ") column++;
    else if (char === "\t") column += 4 - (column % 4);
    else if (char === ">") depth++;
    else if ((char === "-" || char === "+" || char === "*") && (line[i + 1] === " " || line[i + 1] === "\t")) depth++;
    else if (char !== undefined && char >= "0" && char <= "9") {
      let j = i;
      while (j < line.length && (line[j] ?? "") >= "0" && (line[j] ?? "") <= "9") j++;
      if ((line[j] === "." || line[j] === ")") && (line[j + 1] === " " || line[j + 1] === "\t")) {
        depth++;
        i = j;
      } else break;
    } else break;
  }
  return depth + Math.floor(column / 4);
}

/** The first budget a Markdown text exceeds, or null when it may be parsed. One pass, O(length). */
export function markdownBudgetProblem(markdown: string): MarkdownBudgetProblem | null {
  const lines = markdown.split("\n");
  let markdownLines = 0;
  let delimiters = 0;
  let brackets = 0;
  let openFence: string | null = null;
  for (const line of lines) {
    const fenceMatch = fence.exec(line);
    if (openFence !== null) {
      // Inside fenced code nothing is Markdown; a fence of the same character and at least the same length closes it.
      if (fenceMatch?.[1] && fenceMatch[1][0] === openFence[0] && fenceMatch[1].length >= openFence.length)
        openFence = null;
      continue;
    }
    if (fenceMatch?.[1]) {
      openFence = fenceMatch[1];
      continue;
    }
    if (++markdownLines > markdownBudget.maxLines) return "tooManyLines";
    if (lineDepth(line) > markdownBudget.maxDepth) return "tooDeep";
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === 42 /* * */ || code === 95 /* _ */ || code === 126 /* ~ */) delimiters++;
      else if (code === 91 /* [ */ || code === 93 /* ] */ || code === 124 /* | */) brackets++;
    }
    if (delimiters > markdownBudget.maxDelimiters) return "tooManyDelimiters";
    if (brackets > markdownBudget.maxBrackets) return "tooManyBrackets";
  }
  return null;
}
