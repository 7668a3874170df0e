import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { SiteHeader } from "@/components/ui/site-header";
import { signOutAction } from "@/app/profile/actions";
import { TimeZoneSync } from "@/components/ui/time-zone-sync";
import { getSessionUser } from "@/lib/auth/session";
import { DatabaseUnavailableError } from "@/lib/db-errors";
import { getI18n } from "@/lib/i18n/server";
import { timeZoneCookie } from "@/lib/i18n/time-zone";
import { saveTimeZoneAction } from "./actions";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t.common.appName, template: `%s · ${t.common.appName}` }, description: t.common.tagline };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f6f2" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getI18n();
  const zone = (await cookies()).get(timeZoneCookie)?.value ?? null;
  // The root layout has no error boundary above it: a database outage here must not replace the page (the page's own
  // boundary shows "temporarily unavailable"), so an unreadable session counts as signed out for this flag only.
  const isSignedIn = await getSessionUser().then(
    (user) => user !== null,
    (error: unknown) => (error instanceof DatabaseUnavailableError ? false : Promise.reject(error)),
  );
  return (
    <html lang={locale}>
      <body>
        <SiteHeader signOutAction={signOutAction} />
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">{t.common.footer}</footer>
        <TimeZoneSync current={zone} cookieName={timeZoneCookie} isSignedIn={isSignedIn} save={saveTimeZoneAction} />
      </body>
    </html>
  );
}
