import { describe, expect, it } from "vitest";
import { ipFrom, ipToString } from "./address";
import { cidrContains, cidrCovers, cidrFrom, cidrToString, isPrivateV4, isSharedV4 } from "./cidr";

describe("addresses and CIDRs", () => {
  it("parses IPv4 and rejects malformed input", () => {
    expect(ipToString(ipFrom("10.0.1.10") as NonNullable<ReturnType<typeof ipFrom>>)).toBe("10.0.1.10");
    expect(ipFrom("256.1.1.1")).toBeNull();
    expect(ipFrom("10.0.1")).toBeNull();
  });
  it("parses IPv6 with compression and prints the canonical form", () => {
    const a = ipFrom("2001:0db8:0000:0000:0000:0000:0000:0001");
    expect(a && ipToString(a)).toBe("2001:db8::1");
    expect(ipFrom("2001:db8::1::2")).toBeNull();
  });
  it("stores CIDRs canonically (NACL-8) and tests containment per family (NACL-7)", () => {
    const c = cidrFrom("100.68.0.18/18");
    expect(c && cidrToString(c)).toBe("100.68.0.0/18");
    const all4 = cidrFrom("0.0.0.0/0");
    const v6 = ipFrom("2001:db8::1");
    expect(all4 && v6 && cidrContains(all4, v6)).toBe(false);
    expect(cidrCovers(cidrFrom("10.0.0.0/16") as never, cidrFrom("10.0.1.0/24") as never)).toBe(true);
    expect(cidrCovers(cidrFrom("10.0.1.0/24") as never, cidrFrom("10.0.0.0/16") as never)).toBe(false);
  });
  it("classifies private and shared (CGNAT) space (H-3)", () => {
    expect(isPrivateV4(ipFrom("192.168.1.1") as never)).toBe(true);
    expect(isPrivateV4(ipFrom("100.64.1.1") as never)).toBe(false);
    expect(isSharedV4(ipFrom("100.64.1.1") as never)).toBe(true);
    expect(isSharedV4(ipFrom("100.128.0.1") as never)).toBe(false);
  });
});
