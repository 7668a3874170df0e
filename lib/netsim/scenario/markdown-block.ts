/**
 * Finds the ```netsim fenced block in a question's Markdown. Returns the block text and the 1-based line of
 * its first content line, so scenario errors can be reported at file lines (error.line + firstLine - 1).
 */
export function extractNetsimBlock(markdown: string): { source: string; firstLine: number } | null {
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*netsim\s*$/.exec(lines[i] ?? "");
    if (!open) continue;
    const fence = open[2] ?? "```";
    const body: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] ?? "";
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, "") === "")
        return { source: body.join("\n"), firstLine: i + 2 };
      body.push(line);
    }
    return { source: body.join("\n"), firstLine: i + 2 };
  }
  return null;
}
