import { describe, expect, it } from "vitest";
import { scenarioSchema, simulate, validateScenario, type Change, type Scenario } from "@/lib/netsim/authoring";
import { applyBuild, applyBuilds, buildSummary, takenNames, type NetworkBuild } from "@/lib/netsim-ui/sandbox-build";
import { decodeEdits } from "@/lib/netsim-ui/sandbox-edits";
import { applyEditsWithProblems, readPacketParam } from "@/lib/netsim-ui/sandbox-state";
import {
  encodeEdits,
  encodePacket,
  endpointsOf,
  sendersOf,
  withPacket,
  type SandboxEdits,
} from "@/lib/netsim-ui/sandbox-url";

/** One VPC with one instance, as a bank scenario's baseline arrives in the sandbox (no choices). */
const base: Scenario = scenarioSchema.parse({
  vpc: { name: "vpc-a", cidr: "10.0.0.0/16" },
  subnets: { a: { cidr: "10.0.1.0/24", routeTable: "a-rt" } },
  routeTables: { "a-rt": { routes: [] } },
  securityGroups: { "a-sg": { kind: "new", inbound: [{ proto: "all", from: "10.0.0.0/8" }] } },
  hosts: { "app-a": { subnet: "a", ip: "10.0.1.10", securityGroups: ["a-sg"], listens: ["https"] } },
  goals: [{ name: "self", from: "app-a", to: "app-a", app: "https" }],
});

const vpcB: NetworkBuild = {
  addVpc: { name: "vpc-b", cidr: "10.1.0.0/16", subnet: "b", subnetCidr: "10.1.1.0/24" },
};
const hostB = {
  "app-b": { subnet: "b", ip: "10.1.1.10", securityGroups: ["vpc-b-sg"], listens: ["https"], os: "linux" as const },
};
const groupB = {
  "vpc-b-sg": {
    vpc: "vpc-b",
    kind: "new" as const,
    inbound: [{ proto: "tcp" as const, ports: 443, from: "10.0.0.0/16" }],
    outbound: [],
  },
};
/** A gateway endpoint for S3 in vpc-a, and an endpoint policy that allows reading the reports bucket only. */
const endpoint = {
  createEndpoint: {
    name: "s3-gw",
    type: "gateway",
    service: "s3",
    vpc: "vpc-a",
    routeTables: ["a-rt"],
    subnets: [],
  },
} satisfies Change;
const policy = {
  statements: [{ effect: "allow" as const, actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports/*"] }],
};
const tgwChanges: Change[] = [
  { createTgwAttachment: { tgw: "tgw", name: "att-a", vpc: "vpc-a", subnets: ["a"] } },
  { createTgwAttachment: { tgw: "tgw", name: "att-b", vpc: "vpc-b", subnets: ["b"] } },
  { associateTgwRouteTable: { tgw: "tgw", table: "tgw-rt", attachment: "att-a" } },
  { associateTgwRouteTable: { tgw: "tgw", table: "tgw-rt", attachment: "att-b" } },
  { enableTgwPropagation: { tgw: "tgw", table: "tgw-rt", attachment: "att-a" } },
  { enableTgwPropagation: { tgw: "tgw", table: "tgw-rt", attachment: "att-b" } },
  { addRoute: { table: "a-rt", to: "10.1.0.0/16", via: "tgw" } },
  { addRoute: { table: "b-rt", to: "10.0.0.0/16", via: "tgw" } },
];

const verdictOf = (s: Scenario, from: string, to: string, app = "https") =>
  simulate(withPacket(s, { from, to, app }, "mine")).flows.find((f) => f.flow === "mine")?.verdict;

describe("sandbox network builds", () => {
  it("builds a second VPC and a transit gateway, and the packet crosses it only once both VPC tables point at it", () => {
    const edits: SandboxEdits = {
      network: [vpcB, { addTransitGateway: { name: "tgw", table: "tgw-rt" } }],
      hosts: hostB,
      securityGroups: groupB,
      changes: tgwChanges,
    };
    const applied = applyEditsWithProblems(base, edits);
    expect(applied.unbuilt).toEqual([]);
    expect(applied.refused).toEqual([]);
    expect(validateScenario(applied.scenario)).toEqual([]);
    expect(verdictOf(applied.scenario, "app-a", "app-b")).toBe("delivered");
    // Without the return route in VPC B the reply has no way back.
    const oneSided = applyEditsWithProblems(base, { ...edits, changes: tgwChanges.slice(0, -1) });
    expect(verdictOf(oneSided.scenario, "app-a", "app-b")).not.toBe("delivered");
  });

  it("survives undoing the VPC under everything built on it: those changes are refused with a reason, nothing throws", () => {
    const applied = applyEditsWithProblems(base, {
      network: [{ addTransitGateway: { name: "tgw", table: "tgw-rt" } }],
      hosts: hostB,
      securityGroups: groupB,
      changes: tgwChanges,
    });
    expect(applied.scenario.hosts["app-b"]).toBeUndefined();
    expect(applied.refused.map((r) => r.change)).toEqual([1, 3, 5, 7]);
    expect(validateScenario(applied.scenario)).toEqual([]);
    expect(() => simulate(applied.scenario)).not.toThrow();
  });

  it("refuses a peering of overlapping VPCs with the simulator's reason (the learner's kind, not the author's text)", () => {
    const overlapping: NetworkBuild = {
      addVpc: { name: "vpc-c", cidr: "10.0.0.0/16", subnet: "c", subnetCidr: "10.0.1.0/24" },
    };
    const applied = applyEditsWithProblems(base, {
      network: [overlapping],
      changes: [{ createPeering: { name: "pcx", requester: "vpc-a", accepter: "vpc-c", status: "active" } }],
    });
    expect(applied.unbuilt).toEqual([]);
    expect(applied.refused[0]?.reason.params?.kind).toBe("peeringOverlap");
  });

  it("peers two VPCs with routes on both sides", () => {
    const applied = applyEditsWithProblems(base, {
      network: [vpcB],
      hosts: hostB,
      securityGroups: groupB,
      changes: [
        { createPeering: { name: "pcx", requester: "vpc-a", accepter: "vpc-b", status: "active" } },
        { addRoute: { table: "a-rt", to: "10.1.0.0/16", via: "pcx" } },
        { addRoute: { table: "b-rt", to: "10.0.0.0/16", via: "pcx" } },
      ],
    });
    expect(applied.refused).toEqual([]);
    expect(verdictOf(applied.scenario, "app-a", "app-b")).toBe("delivered");
  });

  it("says why a build cannot be made: a name taken, a subnet outside its VPC, a second gateway, a missing one", () => {
    const outside: NetworkBuild = {
      addVpc: { name: "vpc-x", cidr: "10.5.0.0/16", subnet: "x", subnetCidr: "10.6.1.0/24" },
    };
    const taken: NetworkBuild = { addVpc: { ...vpcB.addVpc, name: "app-a" } } as NetworkBuild;
    const { refused } = applyBuilds(base, [
      outside,
      taken,
      { attachVpnGateway: { vpc: "vpc-a", name: "vgw" } },
      { attachVpnGateway: { vpc: "vpc-a", name: "vgw2" } },
      { addTgwRouteTable: { tgw: "nope", name: "rt" } },
    ]);
    expect(refused.map((r) => [r.index, r.kind])).toEqual([
      [0, "cidrOutside"],
      [1, "nameTaken"],
      [3, "gatewayExists"],
      [4, "missing"],
    ]);
  });

  it("reaches an on-premises host over a VPN once the VPC route table takes the propagated route", () => {
    const network: NetworkBuild[] = [
      { attachVpnGateway: { vpc: "vpc-a", name: "vgw" } },
      {
        addOnPremises: {
          name: "dc",
          cidr: "172.16.0.0/16",
          type: "vpn",
          gateway: "vgw",
          routing: "static",
          routesToAws: ["10.0.0.0/16"],
          host: "erp",
          hostIp: "172.16.5.10",
          listens: ["https"],
        },
      },
    ];
    const before = applyEditsWithProblems(base, { network });
    expect(before.unbuilt).toEqual([]);
    expect(sendersOf(before.scenario)).toContain("erp");
    expect(verdictOf(before.scenario, "app-a", "erp")).toBe("blocked");
    const after = applyEditsWithProblems(base, {
      network,
      changes: [{ enableRoutePropagation: { table: "a-rt", gateway: "vgw" } }],
    });
    expect(verdictOf(after.scenario, "app-a", "erp")).toBe("delivered");
  });

  it("adds a gateway endpoint for S3; a policy that names no action denies the packet", () => {
    const open = applyEditsWithProblems(base, { changes: [endpoint] });
    expect(endpointsOf(open.scenario)).toContain("s3");
    expect(verdictOf(open.scenario, "app-a", "s3")).toBe("delivered");
    expect(verdictOf(base, "app-a", "s3")).not.toBe("delivered");
    const closed = applyEditsWithProblems(base, {
      changes: [endpoint, { setEndpointPolicy: { endpoint: "s3-gw", policy } }],
    });
    expect(verdictOf(closed.scenario, "app-a", "s3")).toBe("blocked");
    const wrong = applyEditsWithProblems(base, {
      changes: [{ createEndpoint: { ...endpoint.createEndpoint, name: "sqs-gw", service: "sqs" } }],
    });
    expect(wrong.refused).toHaveLength(1);
  });

  it("round-trips builds through the URL, and the server refuses a malformed one", () => {
    const edits: SandboxEdits = { network: [vpcB, { addTransitGateway: { name: "tgw", table: "tgw-rt" } }] };
    expect(decodeEdits(encodeEdits(edits))).toEqual(edits);
    const bad = encodeEdits({ network: [{ addVpc: { name: "x" } }] } as unknown as SandboxEdits);
    expect(decodeEdits(bad)).toEqual({});
  });

  it("names what a build made, and which names are taken", () => {
    expect(buildSummary(vpcB)).toBe("vpc-b 10.1.0.0/16 b 10.1.1.0/24");
    const built = applyBuild(base, vpcB);
    expect("scenario" in built && takenNames(built.scenario)).toEqual(
      expect.arrayContaining(["vpc-b", "b", "b-rt", "vpc-b-sg"]),
    );
  });
});

describe("a packet to an AWS service", () => {
  it("carries the action and resource endpoint policies match, through the URL too", () => {
    const { scenario } = applyEditsWithProblems(base, {
      changes: [endpoint, { setEndpointPolicy: { endpoint: "s3-gw", policy } }],
    });
    const packet = {
      from: "app-a",
      to: "s3",
      app: "https",
      action: "s3:GetObject",
      resource: "arn:aws:s3:::reports/a.csv",
    };
    const decoded = readPacketParam(encodePacket(packet), endpointsOf(scenario)).packet;
    expect(decoded).toEqual(packet);
    const verdict = (p: typeof packet) =>
      simulate(withPacket(scenario, p, "mine")).flows.find((f) => f.flow === "mine")?.verdict;
    expect(verdict(packet)).toBe("delivered");
    expect(verdict({ ...packet, resource: "arn:aws:s3:::backups/db.dump" })).toBe("blocked");
    expect(readPacketParam("app-a>s3:https|a|b|c", endpointsOf(scenario)).packet).toBeNull();
  });
});
