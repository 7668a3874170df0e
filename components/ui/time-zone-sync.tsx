"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Props = {
  current: string | null;
  cookieName: string;
  isSignedIn: boolean;
  save: (input: { timeZone: string }) => Promise<unknown>;
};

/**
 * Tells the server the browser's time zone, once per change: a cookie for rendering every date in the reader's zone,
 * and, when signed in, the user's profile. Re-renders the page when the zone the server used was not the reader's.
 */
export function TimeZoneSync({ current, cookieName, isSignedIn, save }: Props) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === current) return;
    document.cookie = `${cookieName}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    // Signed out there is no profile to store it in: the cookie is enough.
    if (isSignedIn) void save({ timeZone: zone }).finally(() => router.refresh());
    else router.refresh();
  }, [current, cookieName, isSignedIn, save, router]);
  return null;
}
