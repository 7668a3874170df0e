// Writes the `sets:` section of an exam.yaml as text, so the rest of the file (comments, flow maps) stays as written.

const HEADER = [
  "# The fixed mock sets (模擬試験 1–N), written by `npm run content:sets`: re-run it after adding or retiring questions",
  "# (it keeps each set's valid members and fills the rest). content:check validates them (lib/content/check/check-sets.ts).",
];
const IDS_PER_LINE = 8;

/** exam.yaml text with its `sets:` section (and the header comment above it) replaced, or appended at the end. */
export function writeSetsSection(text: string, sets: readonly (readonly string[])[]): string {
  const lines = text.replace(/\n+$/, "").split("\n");
  const start = lines.findIndex((line) => /^sets:/.test(line));
  let kept = lines;
  if (start >= 0) {
    let end = start + 1;
    while (end < lines.length && !/^[A-Za-z_]/.test(lines[end] ?? "")) end++;
    // Trailing comments before the next key belong to that key; stop the section at its last indented line.
    while (end > start + 1 && /^(#|\s*$)/.test(lines[end - 1] ?? "")) end--;
    let from = start;
    while (from > 0 && HEADER.includes(lines[from - 1] ?? "")) from--;
    kept = [...lines.slice(0, from), ...lines.slice(end)];
    if (from < lines.length && from < kept.length) {
      return `${[...kept.slice(0, from), ...section(sets), ...kept.slice(from)].join("\n")}\n`;
    }
  }
  return `${[...kept, ...section(sets)].join("\n")}\n`;
}

function section(sets: readonly (readonly string[])[]): string[] {
  if (sets.length === 0) return [...HEADER, "sets: []"];
  return [
    ...HEADER,
    "sets:",
    ...sets.flatMap((ids, index) => {
      const rows: string[] = [];
      for (let offset = 0; offset < ids.length; offset += IDS_PER_LINE) rows.push(`      ${ids.slice(offset, offset + IDS_PER_LINE).join(", ")}`);
      return [`  - number: ${index + 1}`, "    questions: [", ...rows.map((row, i) => (i < rows.length - 1 ? `${row},` : row)), "    ]"];
    }),
  ];
}

/** The existing sets' question ids, set 1 first (what the generator keeps). */
export function existingSets(sets: readonly { questions: readonly string[] }[] | undefined): string[][] {
  return (sets ?? []).map((set) => [...set.questions]);
}
