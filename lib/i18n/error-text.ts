import type { AppError } from "@/lib/errors";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** An AppError's message in `locale`: its code is the dictionary path of the text, its params fill the placeholders. */
export function errorText(error: AppError, locale: Locale): string {
  let node: unknown = dictionaryFor(locale);
  for (const key of error.code.split(".")) node = (node as Record<string, unknown>)[key];
  if (typeof node !== "string") throw new Error(`No message for error code ${error.code}`);
  return format(node, error.params);
}
