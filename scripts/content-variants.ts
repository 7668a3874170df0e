// `npm run content:variants -- <id> [--count N] [--seed S] [--lang ja|en] [--content dir]`: prints variants of a question with
// variables (content/README.md "Variants"): the drawn values, the rewritten stem and choices, each choice's verdict
// from the simulator, and for a rejected variant the reason code, its detail and (when the analysis ran) the key it
// derived with every choice's verdict; last, the clean count and the rejections by reason. Exit 0 when it ran, 1 on a
// bad question, 2 on bad arguments.
import path from "node:path";
import { parseArgs } from "node:util";
import { explainText, generateVariant } from "../lib/netsim/authoring";
import { loadVariantTemplate } from "../lib/content/parse/variables";

const root = path.resolve(import.meta.dirname, "..");

function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: "string", default: "5" },
      seed: { type: "string", default: "1" },
      lang: { type: "string", default: "ja" },
      content: { type: "string", default: path.join(root, "content") },
    },
  });
  const id = positionals[0];
  const count = Number(values.count);
  const seed = Number(values.seed);
  const lang = values.lang === "en" ? "en" : "ja";
  if (!id || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || seed < 0) {
    console.error("usage: npm run content:variants -- <id> [--count N] [--seed S] [--lang ja|en] [--content dir]");
    return 2;
  }
  const loaded = await loadVariantTemplate(path.resolve(values.content), id);
  if (!loaded.ok) {
    console.error(loaded.message);
    return 1;
  }
  const { template } = loaded;
  let clean = 0;
  const rejected = new Map<string, number>();
  for (let s = seed; s < seed + count; s++) {
    const result = generateVariant(template, s);
    const drawn = (result.ok ? result.variant.values : result.values).map((v) => `${v.name} ${v.from} → ${v.to}`);
    console.log(`── ${id} seed ${s}: ${result.ok ? "clean" : `rejected: ${result.reason}`}  (${drawn.join("; ")})`);
    if (!result.ok) {
      rejected.set(result.reason, (rejected.get(result.reason) ?? 0) + 1);
      console.log(`   reason: ${result.reason}: ${result.detail}`);
      // The analysis ran: show what it derived, so the author sees why the templates and the simulator disagree.
      if (result.analysis) {
        console.log(`   the analysis derives [${result.analysis.key.join(", ")}]`);
        for (const [letter, v] of Object.entries(result.analysis.verdicts))
          console.log(`       ${letter}. ${v.verdict}: ${explainText(v.reason)[lang]}`);
      }
      continue;
    }
    clean++;
    const { variant } = result;
    const texts = variant.texts[lang] ?? variant.texts.ja;
    if (texts) console.log(`   ${plain(texts.stem)}`);
    for (const c of texts?.choices ?? []) {
      const v = variant.verdicts[c.letter];
      const mark = variant.key.includes(c.letter) ? "[x]" : "[ ]";
      console.log(`   ${mark} ${c.letter}. ${plain(c.text)}`);
      if (v) console.log(`       ${v.verdict}: ${explainText(v.reason)[lang]}`);
    }
  }
  const reasons = [...rejected].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`);
  console.log(`${clean} of ${count} clean${reasons.length ? `; rejected: ${reasons.join(", ")}` : ""}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
