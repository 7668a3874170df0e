import Link from "next/link";
import { headers } from "next/headers";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { AccountMenu } from "@/components/auth/account-menu";
import type { SignOutAction } from "@/components/auth/sign-out-button";
import { getI18n } from "@/lib/i18n/server";

/** The section a path belongs to: "/exam/abc" is under "/exam"; "/" only matches itself. */
function isCurrent(path: string, href: string): boolean {
  const pathname = path.split("?")[0] ?? "/";
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The header: brand, sections, language switch and account corner; each part reads its own messages. */
export async function SiteHeader({ signOutAction }: { signOutAction: SignOutAction }) {
  const { t } = await getI18n();
  const currentPath = (await headers()).get("x-kaisetsu-path") ?? "/";
  const links: [string, string][] = [
    ["/", t.common.nav.home],
    ["/practice", t.common.nav.practice],
    ["/review", t.learning.nav.review],
    ["/mastery", t.learning.nav.mastery],
    ["/drills", t.learning.nav.drills],
    ["/exam", t.common.nav.exam],
    ["/history", t.common.nav.history],
    ["/forum", t.common.nav.forum],
    ["/sandbox", t.netsim.nav],
  ];
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.common.skipToContent}
      </a>
      <div className="site-header-inner">
        <Link href="/" className="brand" aria-label={t.common.appName}>
          <span className="brand-mark" aria-hidden="true">
            解
          </span>
          <span className="brand-name">{t.common.appName}</span>
        </Link>
        <nav aria-label={t.common.nav.label} className="site-nav">
          {links.map(([href, label]) => (
            <Link key={href} href={href} aria-current={isCurrent(currentPath, href) ? "page" : undefined}>
              {label}
            </Link>
          ))}
        </nav>
        <LanguageSwitch currentPath={currentPath} />
        <AccountMenu currentPath={currentPath} signOutAction={signOutAction} />
      </div>
    </header>
  );
}
