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

/**
 * The texts for the field-error keys a schema reported, placeholders filled from `values` (a limit such as `{max}`);
 * a key with no text passes through unchanged, so nothing is lost.
 */
export function fieldErrorTexts(
  keys: string[] | undefined,
  texts: Record<string, string>,
  values: Record<string, string | number>,
): string[] | undefined {
  return keys?.map((key) => {
    const text = Object.hasOwn(texts, key) ? texts[key] : undefined;
    return text === undefined ? key : format(text, values);
  });
}
