import { describe, expect, it } from "vitest";
import { fieldErrorTexts, format } from "./format";

describe("format", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("{count} 問({minutes} 分)", { count: 65, minutes: 130 })).toBe("65 問(130 分)");
    expect(format("{missing} stays", {})).toBe("{missing} stays");
  });
  it("chooses the English plural form", () => {
    const template = "About {minutes, plural, one {# minute} other {# minutes}} left";
    expect(format(template, { minutes: 1 })).toBe("About 1 minute left");
    expect(format(template, { minutes: 2 })).toBe("About 2 minutes left");
    expect(format(template, { minutes: 0 })).toBe("About 0 minutes left");
    expect(format(template, {})).toBe(template);
  });
});

describe("fieldErrorTexts", () => {
  const texts = { required: "Please write something.", tooLong: "Use at most {max} characters." };

  it("turns reported keys into texts with the limit filled in, and passes unknown keys through", () => {
    expect(fieldErrorTexts(["tooLong", "required"], texts, { max: 2000 })).toEqual([
      "Use at most 2000 characters.",
      "Please write something.",
    ]);
    expect(fieldErrorTexts(["somethingNew", "toString"], texts, { max: 1 })).toEqual(["somethingNew", "toString"]);
    expect(fieldErrorTexts(undefined, texts, { max: 1 })).toBeUndefined();
  });
});
