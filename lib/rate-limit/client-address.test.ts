import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/rate-limit/client-address";

const from = (values: Record<string, string>) => new Headers(values);

describe("the client address for rate limits (issue #10, finding 4)", () => {
  it("ignores a client-written X-Forwarded-For unless a proxy is configured", () => {
    const headers = from({ "x-kaisetsu-peer-address": "203.0.113.7", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddress(headers, {})).toBe("203.0.113.7");
    expect(clientAddress(from({ "x-kaisetsu-peer-address": "::ffff:203.0.113.7", "x-real-ip": "9.9.9.9" }), {})).toBe(
      "203.0.113.7",
    );
  });

  it("walks X-Forwarded-For from the right past trusted proxies", () => {
    const headers = from({
      "x-kaisetsu-peer-address": "10.0.0.5",
      "x-forwarded-for": "1.2.3.4, 198.51.100.9, 10.0.0.6",
    });
    expect(clientAddress(headers, { KAISETSU_TRUSTED_PROXIES: "10.0.0.5,10.0.0.6" })).toBe("198.51.100.9");
    // A peer that is not one of our proxies: its X-Forwarded-For means nothing.
    const direct = from({ "x-kaisetsu-peer-address": "198.51.100.1", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddress(direct, { KAISETSU_TRUSTED_PROXIES: "10.0.0.5" })).toBe("198.51.100.1");
  });

  it("with a hop count, takes that many entries from the right", () => {
    const headers = from({ "x-kaisetsu-peer-address": "10.0.0.5", "x-forwarded-for": "1.2.3.4, 198.51.100.9" });
    expect(clientAddress(headers, { KAISETSU_TRUSTED_PROXY_HOPS: "1" })).toBe("198.51.100.9");
    expect(clientAddress(headers, { KAISETSU_TRUSTED_PROXY_HOPS: "2" })).toBe("1.2.3.4");
  });
});
