import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security-headers";

describe("contentSecurityPolicy", () => {
  it("runs only scripts that carry this request's nonce, and never eval in production", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("allows eval only for the development server's tooling", () => {
    expect(contentSecurityPolicy("n", { isDev: true })).toContain("'unsafe-eval'");
  });
});
