import { describe, expect, it } from "vitest";
import { format } from "./format";

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
