import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { Scenario } from "@/lib/netsim";
import { playerScenarioFrom } from "@/lib/netsim-ui/public-scenario";
import { canViewScenario, type AttemptRequester } from "@/lib/permissions";
import { attemptsOwnedBy } from "@/lib/server/quiz/owned-by";
import { expireOverdueExamsOf } from "@/lib/server/quiz/finish-exam";
import { findVariant, variantTexts } from "@/lib/server/variants/find-variant";

export type PlayerChoice = { letter: string; html: string };
export type PlayerScenario =
  | {
      status: "open";
      questionId: string;
      scenario: Scenario;
      choices: PlayerChoice[];
      lang: Locale;
      /** Set when this is a variant (類題): scenario and choices are the variant's. */
      variantSeed?: number;
    }
  | { status: "locked"; questionId: string }
  | { status: "none"; questionId: string };

/**
 * A question's scenario for the step-through player, when the requester may see it (canViewScenario): their own
 * graded answer to it, and the question in none of their running mock exams. Null when the question is unknown.
 * The scenario never carries `key`; a locked answer carries no scenario at all.
 */
export async function findPlayerScenario(
  requester: AttemptRequester,
  questionId: string,
  locale: Locale,
  /** A variant's seed (?seed=N): the scenario and choices of the variant (question id, seed), under the same lock. */
  variantSeed: number | null = null,
): Promise<PlayerScenario | null> {
  const question = await db.question.findFirst({
    where: { id: questionId, retiredAt: null },
    select: { id: true, hasScenario: true },
  });
  if (!question) return null;
  if (!question.hasScenario) return { status: "none", questionId };
  const owner = attemptsOwnedBy(requester);
  if (!owner) return { status: "locked", questionId };
  // A mock exam past its deadline is over: finish it first so it does not keep its questions locked.
  if (requester.userId) await expireOverdueExamsOf(requester.userId);
  const [graded, running] = await Promise.all([
    db.attemptItem.findFirst({
      where: { questionId, gradedAt: { not: null }, attempt: owner },
      select: { attemptId: true },
    }),
    db.attemptItem.findFirst({
      where: { questionId, attempt: { ...owner, mode: "EXAM", status: "IN_PROGRESS" } },
      select: { attemptId: true },
    }),
  ]);
  if (!canViewScenario({ hasGradedItem: graded !== null, isInRunningExam: running !== null }))
    return { status: "locked", questionId };
  const row = await db.question.findUniqueOrThrow({
    where: { id: questionId },
    select: {
      scenario: true,
      choices: {
        orderBy: { position: "asc" },
        select: { letter: true, texts: { select: { lang: true, html: true } } },
      },
    },
  });
  const scenario = playerScenarioFrom(row.scenario);
  if (!scenario) return { status: "none", questionId };
  const hasLocale = row.choices.every((choice) => choice.texts.some((text) => text.lang === locale));
  const lang: Locale = hasLocale ? locale : "ja";
  const choices = row.choices.map((choice) => ({
    letter: choice.letter,
    html: (choice.texts.find((text) => text.lang === lang) ?? choice.texts[0])?.html ?? "",
  }));
  if (variantSeed !== null) {
    const variant = await findVariant(questionId, variantSeed);
    const picked = variant ? variantTexts(variant, lang) : null;
    if (!variant || !picked) return { status: "none", questionId };
    const html = new Map(picked.texts.choices.map((c) => [c.letter, c.text]));
    return {
      status: "open",
      questionId,
      scenario: variant.scenario,
      choices: choices.map((c) => ({ letter: c.letter, html: html.get(c.letter) ?? c.html })),
      lang: picked.lang,
      variantSeed,
    };
  }
  return { status: "open", questionId, scenario, choices, lang };
}
