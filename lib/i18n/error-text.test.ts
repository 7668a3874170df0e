import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";

describe("errorText", () => {
  it("translates a code into each language and fills its placeholders", () => {
    const error = new AppError("quiz.errors.unknownSet", { params: { n: 7 }, field: "set" });
    expect(errorText(error, "ja")).toContain("7");
    expect(errorText(error, "en")).toContain("7");
    expect(errorText(error, "ja")).not.toBe(errorText(error, "en"));
  });

  it("reads nested dictionary paths", () => {
    expect(errorText(new AppError("account.reset.invalid"), "en")).toMatch(/\w/);
    expect(errorText(new AppError("actions.signInRequired"), "en")).toMatch(/sign in/i);
  });

  it("refuses a code with no message instead of showing the code", () => {
    const forged = new AppError("actions.signInRequired");
    Object.assign(forged, { code: "quiz.errors" });
    expect(() => errorText(forged, "en")).toThrow(/No message/);
  });
});
