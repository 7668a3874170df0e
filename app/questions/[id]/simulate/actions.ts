"use server";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { findPlayerScenario } from "@/lib/server/netsim/get-player-scenario";
import { requesterFrom } from "@/lib/server/quiz/requester";

const loadSchema = z.object({
  questionId: z.string().regex(/^[a-z]+-\d{4}$/),
  /** A variant's seed (類題), when the graded item served one. */
  seed: z.int().min(0).max(0x7fffffff).optional(),
});

/**
 * The player embedded in a graded question's explanation loads its scenario here, lazily, so the question pages
 * carry neither the scenario nor the player's code until a graded networking question shows it.
 */
export const loadPlayerScenarioAction = createAction({ schema: loadSchema }, async (input, { user, locale }) => {
  const found = await findPlayerScenario(await requesterFrom(user), input.questionId, locale, input.seed ?? null);
  return {
    player: found ?? { status: "none" as const, questionId: input.questionId },
    locale,
    t: dictionaryFor(locale).netsim,
  };
});
