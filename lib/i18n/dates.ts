// The one way dates, times and numbers are shown: in the reader's language and time zone, with the zone named when it is not
// obvious. Pure (runs on the server and in the browser); the zone comes from lib/i18n/time-zone.ts on the server.
import type { Locale } from "@/lib/i18n/locales";

export const defaultTimeZone = "Asia/Tokyo";

export type TimeText = { iso: string; text: string };

const tags: Record<Locale, string> = { ja: "ja-JP", en: "en-GB" };

/** Whether the runtime knows this IANA zone (a cookie or a profile may hold anything). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone's short name at that instant ("JST", "GMT+2", "UTC"), as the reader's language writes it. */
function zoneName(date: Date, locale: Locale, timeZone: string): string {
  const part = new Intl.DateTimeFormat(tags[locale], { timeZone, timeZoneName: "short" })
    .formatToParts(date)
    .find((item) => item.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** Date and time, e.g. "2026/11/30 10:15 JST" or "30 Nov 2026, 01:15 UTC". */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): TimeText {
  const text = new Intl.DateTimeFormat(tags[locale], { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    date,
  );
  // dateStyle cannot be combined with timeZoneName, so the zone is appended.
  return { iso: date.toISOString(), text: `${text} ${zoneName(date, locale, timeZone)}` };
}

/** A calendar date in the reader's zone, e.g. "2026年11月30日" or "30 November 2026". */
export function formatDate(date: Date, locale: Locale, timeZone: string): TimeText {
  return {
    iso: date.toISOString(),
    text: new Intl.DateTimeFormat(tags[locale], { dateStyle: "long", timeZone }).format(date),
  };
}

/** A count or size with the reader's digit grouping, e.g. "10,000". */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale]).format(value);
}
