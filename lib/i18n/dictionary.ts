// Every UI string, by feature. A feature adds its own file in messages/ and one line here; the English side is typed
// against the Japanese one, so a missing translation fails the type check.
import type { Locale } from "@/lib/i18n/locales";
import { account } from "@/lib/i18n/messages/account";
import { actions } from "@/lib/i18n/messages/actions";
import { auth } from "@/lib/i18n/messages/auth";
import { forum } from "@/lib/i18n/messages/forum";
import { netsim } from "@/lib/i18n/messages/netsim";
import { common } from "@/lib/i18n/messages/common";
import { community } from "@/lib/i18n/messages/community";
import { home } from "@/lib/i18n/messages/home";
import { learning } from "@/lib/i18n/messages/learning";
import { question } from "@/lib/i18n/messages/question";
import { quiz } from "@/lib/i18n/messages/quiz";

const features = { actions, common, home, question, quiz, auth, account, forum, community, netsim, learning };

type Features = typeof features;
type FeatureMessages = { [K in keyof Features]: Features[K]["ja"] };

/**
 * Namespaces picked from the features for one client screen, so its page sends only what that screen uses: the
 * question and practice pages have about 1 kB of room under their 150 kB first load, and the whole quiz feature is
 * ~2.7 kB gzip a language. Built from the features' own objects (never written twice); server code keeps reading the
 * features (t.quiz.practice …).
 */
function viewsOf(m: FeatureMessages) {
  return {
    /** A question's answer form and its feedback (a practice round, the one-question page, an exam's review). */
    answerForm: {
      practice: m.quiz.practice,
      feedback: m.quiz.feedback,
      answer: m.learning.answer,
      choices: m.question.choices,
      unexpected: m.actions.unexpected,
    },
    /** The mock exam's runner. */
    examRunner: { ...m.quiz.exam, choices: m.question.choices, unexpected: m.actions.unexpected },
    /** The practice round's setup form. */
    practiceSetup: { ...m.quiz.practice, questions: m.home.examCard.questions },
    /** The mock exam's setup form. */
    examSetup: m.quiz.exam,
  };
}

export type Dictionary = FeatureMessages & ReturnType<typeof viewsOf>;

export function dictionaryFor(locale: Locale): Dictionary {
  const messages = Object.fromEntries(
    Object.entries(features).map(([name, feature]) => [name, feature[locale]]),
  ) as FeatureMessages;
  return { ...messages, ...viewsOf(messages) };
}
