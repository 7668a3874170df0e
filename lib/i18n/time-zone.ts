import "server-only";
import { cookies } from "next/headers";
import { defaultTimeZone, isTimeZone } from "@/lib/i18n/dates";

/** Set by the browser (components/ui/time-zone-sync.tsx) to its own IANA zone. */
export const timeZoneCookie = "kaisetsu-tz";

/** The reader's time zone: what their browser reported, else Japan time (most readers study in Japan). */
export async function getTimeZone(): Promise<string> {
  const value = (await cookies()).get(timeZoneCookie)?.value;
  return isTimeZone(value) ? value : defaultTimeZone;
}
