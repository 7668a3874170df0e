import Link from "next/link";
import { headers } from "next/headers";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { AccountMenu } from "@/components/auth/account-menu";
import { getI18n } from "@/lib/i18n/server";

export async function SiteHeader() {
  const { locale, t } = await getI18n();
  const currentPath = (await headers()).get("x-kaisetsu-path") ?? "/";
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">{t.common.skipToContent}</a>
      <div className="site-header-inner">
        <Link href="/" className="brand" aria-label={t.common.appName}>
          <span className="brand-mark" aria-hidden="true">解</span>
          <span className="brand-name">{t.common.appName}</span>
        </Link>
        <nav aria-label={t.common.nav.home} className="site-nav">
          <Link href="/">{t.common.nav.home}</Link>
          <Link href="/practice">{t.common.nav.practice}</Link>
          <Link href="/exam">{t.common.nav.exam}</Link>
          <Link href="/history">{t.common.nav.history}</Link>
          <Link href="/forum">{t.common.nav.forum}</Link>
          <Link href="/sandbox">{t.netsim.nav}</Link>
        </nav>
        <LanguageSwitch locale={locale} label={t.common.language.label} switchTo={t.common.language.switchTo} currentPath={currentPath} />
        <AccountMenu currentPath={currentPath} />
      </div>
    </header>
  );
}
