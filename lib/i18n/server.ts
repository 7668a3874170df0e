import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { dictionaryFor, type Dictionary } from "@/lib/i18n/dictionary";
import { isLocale, localeCookie, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

/** The reader's language: their explicit choice (cookie), else the browser's preference, else Japanese. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

/** The reader's language and dictionary, once per request (React cache) however many server components ask. */
export const getI18n = cache(async (): Promise<{ locale: Locale; t: Dictionary }> => {
  const locale = await getLocale();
  return { locale, t: dictionaryFor(locale) };
});

/** One namespace of the reader's dictionary, for a server component (no props needed). */
export async function getMessages<K extends keyof Dictionary>(namespace: K): Promise<Dictionary[K]> {
  return (await getI18n()).t[namespace];
}
