import type { Locale } from "@/lib/i18n/locales";

type Props = { locale: Locale; label: string; switchTo: string; currentPath: string };

/** A one-button form that flips between Japanese and English and returns to the same page. */
export function LanguageSwitch({ locale, label, switchTo, currentPath }: Props) {
  return (
    <form action="/lang" method="post" className="language-switch">
      <input type="hidden" name="to" value={locale === "ja" ? "en" : "ja"} />
      <input type="hidden" name="back" value={currentPath} />
      <button
        type="submit"
        className="button button-quiet"
        aria-label={`${label}: ${switchTo}`}
        lang={locale === "ja" ? "en" : "ja"}
      >
        {switchTo}
      </button>
    </form>
  );
}
