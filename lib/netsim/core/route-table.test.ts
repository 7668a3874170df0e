import { describe, expect, it } from "vitest";
import { ipFrom, type IpAddress } from "./address";
import { cidrFrom, type Cidr } from "./cidr";
import { lookupRoute } from "./route-table";
import type { CompiledRoute } from "../aws/model";

const route = (dest: string, via: string, kind: CompiledRoute["kind"] = "igw"): CompiledRoute => ({
  dest: cidrFrom(dest) as Cidr,
  via,
  kind,
  blackhole: false,
  text: `${dest} ${via}`,
});
const ip = (t: string) => ipFrom(t) as IpAddress;

describe("route lookup", () => {
  const table = [
    route("10.0.0.0/16", "local", "local"),
    route("0.0.0.0/0", "igw"),
    route("203.0.113.0/24", "nat", "nat"),
    route("::/0", "eigw", "eigw"),
  ];
  it("uses the most specific route (RT-1)", () => {
    expect(lookupRoute(table, ip("203.0.113.5"))?.via).toBe("nat");
    expect(lookupRoute(table, ip("8.8.8.8"))?.via).toBe("igw");
    expect(lookupRoute(table, ip("10.0.3.4"))?.via).toBe("local");
  });
  it("routes IPv6 only by IPv6 routes (RT-1)", () => {
    expect(lookupRoute(table, ip("2001:db8::1"))?.via).toBe("eigw");
    expect(lookupRoute([route("0.0.0.0/0", "igw")], ip("2001:db8::1"))).toBeNull();
  });
});
