import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import {
  MAX_VARIANT_SEED,
  generateVariant,
  variablesSchema,
  type Scenario,
  type TemplateTexts,
  type Variant,
  type VariantTemplate,
} from "@/lib/netsim";
import { attemptsOwnedBy } from "@/lib/server/quiz/owned-by";
import type { AttemptRequester } from "@/lib/permissions";
import type { PublicQuestion } from "@/lib/bank/dto";
import type { GradedQuestion } from "@/lib/quiz/dto";

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

const SEED_TRIES = 8;

/**
 * Seeds for the questions of a review round or drill: a variant for each networking question with variables that the
 * learner has already answered (graded) before; a fresh question is served as written. A question none of whose
 * tried seeds gives a clean variant is served as written too.
 */
export async function chooseVariantSeeds(
  requester: AttemptRequester,
  questionIds: readonly string[],
): Promise<Map<string, number>> {
  const seeds = new Map<string, number>();
  const owner = attemptsOwnedBy(requester);
  if (!owner || questionIds.length === 0) return seeds;
  const candidates = await db.question.findMany({
    where: {
      id: { in: [...questionIds] },
      variables: { not: Prisma.DbNull },
      attemptItems: { some: { gradedAt: { not: null }, attempt: owner } },
    },
    select: { id: true },
  });
  for (const { id } of candidates) {
    const start = randomInt(0, MAX_VARIANT_SEED - SEED_TRIES);
    for (let seed = start; seed < start + SEED_TRIES; seed++)
      if (await findVariant(id, seed)) {
        seeds.set(id, seed);
        break;
      }
  }
  return seeds;
}

/** A variant's texts in the reader's language (Japanese when there is no translation). */
export function variantTexts(variant: Variant, locale: Locale): { lang: Locale; texts: TemplateTexts } | null {
  const texts = variant.texts[locale];
  if (texts) return { lang: locale, texts };
  return variant.texts.ja ? { lang: "ja", texts: variant.texts.ja } : null;
}

/** The question as served before grading, with the variant's stem and choices (no key, no explanations). */
export function withVariantQuestion(question: PublicQuestion, variant: Variant): PublicQuestion {
  const picked = variantTexts(variant, question.lang);
  if (!picked) return question;
  const html = new Map(picked.texts.choices.map((c) => [c.letter, c.text]));
  return {
    ...question,
    stemHtml: picked.texts.stem,
    choices: question.choices.map((c) => ({ ...c, html: html.get(c.letter) ?? c.html })),
    variantSeed: variant.seed,
  };
}

/** The key and explanations after grading, the variant's: its derived key and its rewritten explanations. */
export function withVariantFeedback(graded: GradedQuestion, variant: Variant): GradedQuestion {
  const picked = variantTexts(variant, graded.lang);
  const explanation = new Map(picked?.texts.choices.map((c) => [c.letter, c.explanation]) ?? []);
  return {
    ...graded,
    keyLetters: [...variant.key],
    explanationHtml: picked?.texts.explanation ?? graded.explanationHtml,
    choices: graded.choices.map((c) => ({
      ...c,
      isCorrect: variant.key.includes(c.letter),
      explanationHtml: explanation.get(c.letter) ?? c.explanationHtml,
    })),
    variantSeed: variant.seed,
  };
}
