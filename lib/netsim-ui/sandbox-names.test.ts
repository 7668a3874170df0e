import { describe, expect, it } from "vitest";
import { scenarioSchema } from "@/lib/netsim/authoring";
import { checkPolicy } from "@/lib/netsim-ui/sandbox-fields";
import {
  freeName,
  groupsOfSubnet,
  routeTablesOf,
  routeTableNames,
  routeTargets,
  subnetsOf,
  suggestVpc,
  vpnGateways,
} from "@/lib/netsim-ui/sandbox-names";

const s = scenarioSchema.parse({
  vpc: { name: "app", cidr: "10.0.0.0/16", vpnGateway: "vgw", internetGateway: "igw" },
  vpcs: { data: { cidr: "10.1.0.0/16" } },
  subnets: { a: { cidr: "10.0.1.0/24", routeTable: "a-rt" }, d: { vpc: "data", cidr: "10.1.1.0/24" } },
  routeTables: { "a-rt": { routes: [] } },
  peerings: { pcx: { requester: "app", accepter: "data" } },
  securityGroups: { "web-sg": { kind: "new" }, "db-sg": { vpc: "data", kind: "new" } },
  hosts: { web: { subnet: "a", securityGroups: ["web-sg"] } },
  goals: [{ from: "web", to: "web", app: "https" }],
});

describe("sandbox names", () => {
  it("offers each VPC's tables (its implicit main table too), subnets and groups", () => {
    expect(routeTableNames(s)).toEqual(["a-rt", "main", "main:data"]);
    expect(routeTablesOf(s, "data")).toEqual(["main:data"]);
    expect(routeTablesOf(s, "app")).toEqual(["a-rt", "main"]);
    expect(subnetsOf(s, "data")).toEqual(["d"]);
    expect(groupsOfSubnet(s, "d")).toEqual(["default:data", "db-sg"]);
    expect(groupsOfSubnet(s, "a")).toEqual(["default", "web-sg"]);
  });

  it("offers gateways, peerings and instances as route targets, and finds the attached VPN gateways", () => {
    expect(routeTargets(s)).toEqual(["igw", "vgw", "pcx", "web"]);
    expect(vpnGateways(s)).toEqual([{ name: "vgw", vpc: "app" }]);
  });

  it("suggests a free name and a 10.N.0.0/16 block no VPC uses", () => {
    expect(freeName("vpc", ["vpc2", "vpc3"])).toBe("vpc4");
    expect(suggestVpc(s, ["vpc2"])).toEqual({
      name: "vpc3",
      cidr: "10.2.0.0/16",
      subnet: "vpc3-a",
      subnetCidr: "10.2.1.0/24",
    });
  });
});

describe("endpoint policy text", () => {
  it("reads one statement a line, and empty text as no policy", () => {
    expect(checkPolicy("  \n")).toEqual({ ok: true, value: null });
    expect(
      checkPolicy("allow s3:GetObject,s3:ListBucket arn:aws:s3:::reports/*\ndeny * arn:aws:s3:::secret/*"),
    ).toEqual({
      ok: true,
      value: {
        statements: [
          { effect: "allow", actions: ["s3:GetObject", "s3:ListBucket"], resources: ["arn:aws:s3:::reports/*"] },
          { effect: "deny", actions: ["*"], resources: ["arn:aws:s3:::secret/*"] },
        ],
      },
    });
  });

  it("refuses a line without an effect, an action or a resource, or with extra words", () => {
    for (const bad of ["permit s3:* *", "allow s3:GetObject", "allow", "allow a b c"])
      expect(checkPolicy(bad)).toEqual({ ok: false, error: "policy" });
  });
});
