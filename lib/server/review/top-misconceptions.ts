import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { MisconceptionSummary } from "@/lib/review/dto";
import { listMisconceptions } from "@/lib/server/review/list-misconceptions";

/** The learner's most frequent misconceptions, most picked first. */
export async function topMisconceptions(userId: string, locale: Locale, limit = 5): Promise<MisconceptionSummary[]> {
  return (await listMisconceptions(userId, locale))
    .filter((m) => m.timesPicked > 0)
    .sort((a, b) => b.timesPicked - a.timesPicked || a.id.localeCompare(b.id))
    .slice(0, limit);
}
