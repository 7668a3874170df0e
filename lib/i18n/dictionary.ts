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
import { question } from "@/lib/i18n/messages/question";
import { quiz } from "@/lib/i18n/messages/quiz";

const features = { actions, common, home, question, quiz, auth, account, forum, community, netsim };

type Features = typeof features;
export type Dictionary = { [K in keyof Features]: Features[K]["ja"] };

export function dictionaryFor(locale: Locale): Dictionary {
  return Object.fromEntries(Object.entries(features).map(([name, messages]) => [name, messages[locale]])) as Dictionary;
}
