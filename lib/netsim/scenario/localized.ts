import type { Localized } from "./schema";

/** The text of a `title`-like field in `locale`; a plain string is the same in every language. */
export function localized(value: Localized | undefined, locale: "ja" | "en"): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return value[locale];
}
