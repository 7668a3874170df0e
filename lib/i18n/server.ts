import "server-only";
import { cookies, headers } from "next/headers";
import { dictionaryFor, type Dictionary } from "@/lib/i18n/dictionary";
import { isLocale, localeCookie, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

/** The reader's language: their explicit choice (cookie), else the browser's preference, else Japanese. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export async function getI18n(): Promise<{ locale: Locale; t: Dictionary }> {
  const locale = await getLocale();
  return { locale, t: dictionaryFor(locale) };
}
