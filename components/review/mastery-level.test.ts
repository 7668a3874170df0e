import { describe, expect, it } from "vitest";
import { masteryLevel, recallPercent } from "./mastery-level";

describe("masteryLevel", () => {
  it("colours by the percent the tile prints, as the legend states", () => {
    expect(masteryLevel(null)).toBe("none");
    expect(masteryLevel(0.594)).toBe("low"); // prints 59 %
    expect(recallPercent(0.596)).toBe(60);
    expect(masteryLevel(0.596)).toBe("mid"); // prints 60 %: yellow, not red
    expect(masteryLevel(0.794)).toBe("mid");
    expect(masteryLevel(0.796)).toBe("high"); // prints 80 %
    expect(masteryLevel(1)).toBe("high");
  });
});
