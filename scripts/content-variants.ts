// `npm run content:variants -- <id> [--count N] [--seed S] [--lang ja|en]`: prints variants of a question with
// variables (content/README.md "Variants"): the drawn values, the rewritten stem and choices, each choice's verdict
// from the simulator, and for a rejected variant the reason code. Exit 0 when it ran, 1 on a bad question, 2 on bad
// arguments.
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
    },
  });
  const id = positionals[0];
  const count = Number(values.count);
  const seed = Number(values.seed);
  const lang = values.lang === "en" ? "en" : "ja";
  if (!id || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || seed < 0) {
    console.error("usage: npm run content:variants -- <id> [--count N] [--seed S] [--lang ja|en]");
    return 2;
  }
  const loaded = await loadVariantTemplate(path.join(root, "content"), id);
  if (!loaded.ok) {
    console.error(loaded.message);
    return 1;
  }
  const { template } = loaded;
  let clean = 0;
  for (let s = seed; s < seed + count; s++) {
    const result = generateVariant(template, s);
    const drawn = (result.ok ? result.variant.values : result.values).map((v) => `${v.name} ${v.from} → ${v.to}`);
    console.log(`── ${id} seed ${s}: ${result.ok ? "clean" : `rejected: ${result.reason}`}  (${drawn.join("; ")})`);
    if (!result.ok) {
      console.log(`   ${result.detail}`);
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
  console.log(`${clean} of ${count} clean`);
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
