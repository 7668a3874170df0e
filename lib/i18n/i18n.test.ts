import { describe, expect, it } from "vitest";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { format } from "@/lib/i18n/format";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

/** Every leaf path of a nested message object, e.g. "common.nav.home". */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("dictionaries", () => {
  it("have the same keys in Japanese and English, and no empty string", () => {
    const ja = dictionaryFor("ja");
    const en = dictionaryFor("en");
    expect(leafPaths(en).sort()).toEqual(leafPaths(ja).sort());
    for (const dictionary of [ja, en]) {
      for (const path of leafPaths(dictionary)) {
        const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary);
        expect(typeof text === "string" && text.trim().length > 0, `${path} is empty`).toBe(true);
      }
    }
  });

  it("say a count in English with the plural form, so one is never '1 questions'", () => {
    const en = dictionaryFor("en");
    const texts = leafPaths(en).map((path) => ({
      path,
      text: path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], en) as string,
    }));
    // A bare placeholder before a plural noun: `{count} questions` reads "1 questions" for one.
    const bare = /\{\w+\} (?:questions|answers|minutes|days|times|hours|attempts|rounds|replies|posts|votes)\b/;
    expect(texts.filter(({ text }) => bare.test(text)).map(({ path }) => path)).toEqual([]);
    expect(format(en.learning.drills.questions, { count: 1 })).toBe("1 question");
    expect(format(en.learning.drills.questions, { count: 4 })).toBe("4 questions");
  });

  it("really differ between the languages", () => {
    expect(dictionaryFor("ja").home.title).not.toBe(dictionaryFor("en").home.title);
  });
});

describe("format", () => {
  it("fills named placeholders and leaves unknown ones visible", () => {
    expect(format("{count} 問 / {minutes} 分", { count: 65, minutes: 130 })).toBe("65 問 / 130 分");
    expect(format("{missing} left", {})).toBe("{missing} left");
  });
});

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,en;q=0.5", "en"],
    ["fr-FR", "ja"],
    [null, "ja"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
