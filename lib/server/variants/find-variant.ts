import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import {
  generateVariant,
  variablesSchema,
  type Scenario,
  type TemplateTexts,
  type Variant,
  type VariantTemplate,
} from "@/lib/netsim/authoring";

/**
 * Variants (類題) on the server: a variant is derived from (question id, seed) alone, by the same pure generator the
 * content check and `npm run content:variants` use, from the question's rows (texts as stored HTML, scenario,
 * variables). Everything that shows a variant (the round, its grading, the report, the player's scenario, a forum
 * link) calls findVariant, so it reproduces exactly what the learner saw.
 */

const templateSelect = {
  id: true,
  choose: true,
  contentHash: true,
  scenario: true,
  variables: true,
  texts: { select: { lang: true, stemHtml: true, explanationHtml: true } },
  choices: {
    orderBy: { position: "asc" },
    select: { letter: true, isCorrect: true, texts: { select: { lang: true, html: true, explanationHtml: true } } },
  },
} as const;

const MAX_CACHED = 500;
/** Clean variants by `<id>:<contentHash>:<seed>` (a bounded memo: generating one costs a choice analysis). */
const variants = new Map<string, Variant | null>();

function remember(key: string, value: Variant | null): Variant | null {
  if (variants.size >= MAX_CACHED) {
    const oldest = variants.keys().next().value;
    if (oldest !== undefined) variants.delete(oldest);
  }
  variants.set(key, value);
  return value;
}

type TemplateRow = NonNullable<Awaited<ReturnType<typeof loadTemplateRow>>>;

function loadTemplateRow(questionId: string) {
  return db.question.findUnique({ where: { id: questionId }, select: templateSelect });
}

/** The question's variant template, or null when it declares no (valid) variables or has no scenario. */
function templateFrom(row: TemplateRow): VariantTemplate | null {
  const declared = variablesSchema.safeParse(row.variables);
  if (!declared.success || !row.scenario || typeof row.scenario !== "object") return null;
  const texts: Partial<Record<Locale, TemplateTexts>> = {};
  for (const lang of ["ja", "en"] as const) {
    const text = row.texts.find((t) => t.lang === lang);
    if (!text) continue;
    texts[lang] = {
      stem: text.stemHtml,
      explanation: text.explanationHtml,
      choices: row.choices.map((c) => {
        const ct = c.texts.find((t) => t.lang === lang) ?? c.texts[0];
        return { letter: c.letter, text: ct?.html ?? "", explanation: ct?.explanationHtml ?? "" };
      }),
    };
  }
  return {
    id: row.id,
    choose: row.choose,
    key: row.choices.filter((c) => c.isCorrect).map((c) => c.letter),
    variables: declared.data,
    scenario: row.scenario as unknown as Scenario,
    texts,
  };
}

/** The clean variant (question id, seed), or null when the question has no variables or that seed is rejected. */
export async function findVariant(questionId: string, seed: number): Promise<Variant | null> {
  const row = await loadTemplateRow(questionId);
  if (!row) return null;
  const key = `${questionId}:${row.contentHash}:${seed}`;
  if (variants.has(key)) return variants.get(key) ?? null;
  const template = templateFrom(row);
  if (!template) return null;
  const result = generateVariant(template, seed);
  return remember(key, result.ok ? result.variant : null);
}
