import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, isTimeZone } from "./dates";

const instant = new Date("2026-11-29T16:30:00Z");

describe("dates in the reader's zone", () => {
  it("formats one instant the same way in both languages for one zone, naming the zone", () => {
    expect(formatDateTime(instant, "ja", "Asia/Tokyo").text).toBe("2026/11/30 1:30 JST");
    expect(formatDateTime(instant, "en", "Asia/Tokyo").text).toMatch(/^30 Nov 2026, 01:30 GMT\+9$/);
    expect(formatDateTime(instant, "en", "UTC").text).toBe("29 Nov 2026, 16:30 UTC");
    expect(formatDateTime(instant, "ja", "UTC").iso).toBe("2026-11-29T16:30:00.000Z");
  });

  it("gives the calendar date of the reader's zone, not the server's", () => {
    expect(formatDate(instant, "ja", "Asia/Tokyo").text).toBe("2026年11月30日");
    expect(formatDate(instant, "ja", "America/Los_Angeles").text).toBe("2026年11月29日");
    expect(formatDate(instant, "en", "Europe/Berlin").text).toBe("29 November 2026");
  });

  it("accepts IANA zones only", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    for (const bad of ["Mars/Olympus", "", "x".repeat(70), 42, null, "UTC; drop table"])
      expect(isTimeZone(bad)).toBe(false);
  });
});

describe("numbers", () => {
  it("group digits the reader's way", () => {
    expect(formatNumber(10000, "ja")).toBe("10,000");
    expect(formatNumber(10000, "en")).toBe("10,000");
    expect(formatNumber(0, "en")).toBe("0");
  });
});
