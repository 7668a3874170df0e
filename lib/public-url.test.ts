import { describe, expect, it } from "vitest";
import { publicUrl } from "./public-url";

describe("publicUrl", () => {
  it("uses KAISETSU_PUBLIC_URL first, keeping a base path", () => {
    expect(publicUrl("/reset-password?token=a", { KAISETSU_PUBLIC_URL: "https://kaisetsu.example.com/app" })).toBe(
      "https://kaisetsu.example.com/reset-password?token=a",
    );
    expect(publicUrl("verify-email?token=a", { KAISETSU_PUBLIC_URL: "https://kaisetsu.example.com/app" })).toBe(
      "https://kaisetsu.example.com/app/verify-email?token=a",
    );
  });
  it("falls back to AUTH_URL, then to localhost on PORT", () => {
    expect(publicUrl("/x", { AUTH_URL: "https://auth.example.com" })).toBe("https://auth.example.com/x");
    expect(publicUrl("/x", { PORT: "4000" })).toBe("http://localhost:4000/x");
    expect(publicUrl("/x", {})).toBe("http://localhost:3000/x");
  });
});
