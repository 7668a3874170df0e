import { getI18n } from "@/lib/i18n/server";

/** A one-button form that flips between Japanese and English and returns to the same page. */
export async function LanguageSwitch({ currentPath }: { currentPath: string }) {
  const { locale, t } = await getI18n();
  const { label, switchTo } = t.common.language;
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
