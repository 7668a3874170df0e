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
    /** The practice round's setup form (the round's own texts stay on the round's page). */
    practiceSetup: {
      ...pick(m.quiz.practice, [
        "exam",
        "domains",
        "topics",
        "tasks",
        "size",
        "source",
        "sourceAll",
        "sourceWrong",
        "sourceWrongSignIn",
        "sourceFlagged",
        "sourceFlaggedSignIn",
        "start",
      ]),
      questions: m.home.examCard.questions,
    },
    /** The mock exam's setup form (the runner's texts stay on the runner's page). */
    examSetup: pick(m.quiz.exam, [
      "exam",
      "size",
      "sizeFull",
      "sizeShort",
      "source",
      "sourceRandom",
      "setName",
      "setTaken",
      "setHint",
      "setsTaken",
      "setsNoneTaken",
      "setsSeparator",
      "extension",
      "start",
    ]),
    /** The field errors every account form shows (their limits filled in by <Messages>). */
    fieldErrors: m.auth.fieldErrors,
    // One namespace per account form (components/auth/account-form.tsx): its button, its success text (`done`, with
    // `doneTitle` a card), its field labels by field name and their hints (`{min}`/`{max}` from the field's limits).
    signInForm: { ...pick(m.auth.signIn, ["submit", "pending"]), labels: pick(m.auth.fields, ["email", "password"]) },
    signUpForm: {
      ...pick(m.auth.signUp, ["submit", "pending"]),
      doneTitle: m.account.checkEmail.title,
      done: m.account.checkEmail.body,
      labels: m.auth.fields,
      hints: { password: m.auth.signUp.passwordHint },
    },
    forgotForm: {
      ...pick(m.account.forgot, ["submit", "pending"]),
      done: m.account.forgot.sent,
      labels: pick(m.auth.fields, ["email"]),
    },
    resetForm: {
      ...pick(m.account.reset, ["submit", "pending"]),
      labels: { password: m.account.reset.newPassword },
      hints: { password: m.auth.signUp.passwordHint },
    },
    verifyForm: { ...pick(m.account.verify, ["submit", "pending"]), labels: {} },
    resendForm: {
      submit: m.account.status.resend,
      pending: m.account.status.resending,
      done: m.account.status.resent,
      labels: {},
    },
    changePasswordForm: {
      ...pick(m.account.change, ["submit", "pending"]),
      labels: pick(m.account.change, ["currentPassword", "newPassword"]),
      hints: { newPassword: m.auth.signUp.passwordHint },
    },
    /** The profile's display-name form. */
    profileForm: { name: m.auth.fields.name, ...pick(m.auth.profile, ["save", "saving", "saved"]) },
    /** The profile's "sign out everywhere" button (the header's sign-out reads common). */
    signOutEverywhere: { label: m.auth.profile.signOutEverywhere },
  };
}

/** The named keys of a feature's object, for a view that needs only part of it. */
function pick<T extends object, K extends keyof T>(messages: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, messages[key]])) as Pick<T, K>;
}

export type Dictionary = FeatureMessages & ReturnType<typeof viewsOf>;

export function dictionaryFor(locale: Locale): Dictionary {
  const messages = Object.fromEntries(
    Object.entries(features).map(([name, feature]) => [name, feature[locale]]),
  ) as FeatureMessages;
  return { ...messages, ...viewsOf(messages) };
}
