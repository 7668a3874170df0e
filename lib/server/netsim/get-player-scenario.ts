import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { PlayerScenario } from "@/lib/netsim-ui/dto";
import { playerScenarioFrom } from "@/lib/netsim-ui/public-scenario";
import { canViewScenario, type AttemptRequester } from "@/lib/permissions";
import { attemptsOwnedBy } from "@/lib/server/quiz/owned-by";
import { findVariant } from "@/lib/server/variants/find-variant";
import { variantTexts } from "@/lib/quiz/variant-texts";

/**
 * A question's scenario for the step-through player, when the requester may see it (canViewScenario): their own
 * graded answer to it, and the question in none of their running mock exams. Null when the question is unknown.
 * The scenario never carries `key`; a locked answer carries no scenario at all, only why it is locked.
 * A read only: a mock exam past its deadline counts as over (its items are graded when it is finished, so they count
 * as graded here), but finishing it is left to the exam's own paths (the session, the history, submit).
 */
export async function findPlayerScenario(
  requester: AttemptRequester,
  questionId: string,
  locale: Locale,
  at: Date,
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
  if (!owner) return { status: "locked", questionId, reason: "unanswered" };
  const running = { mode: "EXAM" as const, status: "IN_PROGRESS" as const };
  const [graded, inRunningExam] = await Promise.all([
    db.attemptItem.findFirst({
      where: {
        questionId,
        OR: [
          { gradedAt: { not: null }, attempt: owner },
          // An overdue exam is over: finishing it grades every one of its items.
          { attempt: { AND: [owner, { ...running, deadlineAt: { lte: at } }] } },
        ],
      },
      select: { attemptId: true },
    }),
    db.attemptItem.findFirst({
      where: {
        questionId,
        attempt: { AND: [owner, { ...running, OR: [{ deadlineAt: null }, { deadlineAt: { gt: at } }] }] },
      },
      select: { attemptId: true },
    }),
  ]);
  const facts = { hasGradedItem: graded !== null, isInRunningExam: inRunningExam !== null };
  if (!canViewScenario(facts))
    return { status: "locked", questionId, reason: facts.isInRunningExam ? "exam" : "unanswered" };
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
