const englishPlural = new Intl.PluralRules("en");
const pluralPattern = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/**
 * Fills `{name}` placeholders: format("{count} 問", { count: 3 }) → "3 問". Unknown names are left visible.
 * English plurals use a small ICU subset, `{count, plural, one {# question} other {# questions}}` (`#` is the number);
 * Japanese needs none.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template
    .replace(pluralPattern, (whole, name: string, one: string, other: string) => {
      if (!(name in values)) return whole;
      const value = Number(values[name]);
      return (englishPlural.select(value) === "one" ? one : other).replaceAll("#", String(values[name]));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
