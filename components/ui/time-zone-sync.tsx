"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Props = { current: string | null; cookieName: string; save: (input: { timeZone: string }) => Promise<unknown> };

/**
 * Tells the server the browser's time zone, once per change: a cookie for rendering every date in the reader's zone,
 * and the signed-in user's profile. Re-renders the page when the zone the server used was not the reader's.
 */
export function TimeZoneSync({ current, cookieName, save }: Props) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === current) return;
    document.cookie = `${cookieName}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    void save({ timeZone: zone }).finally(() => router.refresh());
  }, [current, cookieName, save, router]);
  return null;
}
