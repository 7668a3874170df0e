import { describe, expect, it } from "vitest";
import { q30570 } from "@/lib/netsim/testing";
import { simulate } from "@/lib/netsim";
import { scenarioOf } from "@/lib/netsim/testing";
import { decodeEdits } from "@/lib/netsim-ui/sandbox-edits";
import { applyEdits, applyEditsWithProblems, decodePacket, sandboxView } from "@/lib/netsim-ui/sandbox-state";
import { encodeEdits, encodePacket, withPacket } from "@/lib/netsim-ui/sandbox-url";

describe("sandbox state", () => {
  const base = { ...scenarioOf(q30570), choices: {} };

  it("round-trips edits through the URL and applies them to the simulation", () => {
    const edits = {
      nacls: {
        "web-nacl": {
          kind: "custom" as const,
          inbound: [{ rule: 100, proto: "tcp" as const, ports: 80, from: "0.0.0.0/0", action: "allow" as const }],
          outbound: [{ rule: 100, proto: "all" as const, to: "0.0.0.0/0", action: "allow" as const }],
        },
      },
      securityGroups: {
        default: {
          kind: "default" as const,
          inbound: [{ proto: "tcp" as const, ports: 80, from: "0.0.0.0/0" }],
          outbound: [],
        },
      },
    };
    const decoded = decodeEdits(encodeEdits(edits));
    expect(decoded).toEqual(edits);
    expect(simulate(base).isGoalMet).toBe(false);
    const http = simulate(applyEdits(base, decoded)).flows.filter((flow) => flow.flow === "http");
    expect(http.every((flow) => flow.verdict === "delivered")).toBe(true);
  });

  it("ignores malformed edits and packets", () => {
    expect(decodeEdits("%%%")).toEqual({});
    expect(decodeEdits(encodeEdits({ nacls: { x: { kind: "weird" } } } as never))).toEqual({});
    expect(decodePacket("client>web:tcp/99999999", ["client", "web"])).toBeNull();
    expect(decodePacket("client>nobody:http", ["client", "web"])).toBeNull();
  });

  it("fires a packet of your own as the first goal", () => {
    const packet = decodePacket(encodePacket({ from: "client", to: "web", app: "tcp/8080" }), ["client", "web"]);
    expect(packet).toEqual({ from: "client", to: "web", app: "tcp/8080" });
    const scenario = withPacket(base, packet, "mine");
    expect(simulate(scenario).flows[0]?.flow).toBe("mine");
  });
});

describe("sandbox view", () => {
  const base = { ...scenarioOf(q30570), choices: {} };
  it("is the baseline without edits or a packet", () => {
    expect(sandboxView(base, {}, null, "mine")).toEqual({
      applied: { scenario: base, refused: [], unbuilt: [] },
      problems: [],
      scenario: base,
    });
  });
  it("adds the packet to the edited setup", () => {
    const edits = { changes: [{ setPublicIp: { host: "web", publicIp: null } }] };
    const view = sandboxView(base, edits, { from: "client", to: "web", app: "https" }, "mine");
    expect(view.problems).toEqual([]);
    expect(view.applied).toEqual(applyEditsWithProblems(base, edits));
    expect(view.scenario).toEqual(
      withPacket(view.applied.scenario, { from: "client", to: "web", app: "https" }, "mine"),
    );
  });
  it("keeps the problems of a setup that cannot be simulated and plays the nearest valid one", () => {
    const view = sandboxView(base, {}, { from: "client", to: "nobody", app: "http" }, "mine");
    expect(view.problems.length).toBeGreaterThan(0);
    expect(view.scenario).toEqual(base);
  });
});

describe("sandbox network edits", () => {
  const base = scenarioOf(q30570);
  it("applies route changes and added hosts, and says which change AWS refuses", () => {
    const { scenario, refused } = applyEditsWithProblems(base, {
      hosts: {
        app2: { subnet: "public", ip: "10.0.1.50", os: "linux", listens: ["http"], securityGroups: ["default"] },
      },
      changes: [{ removeRoute: { table: "public-rt", to: "0.0.0.0/0" } }, { attachInternetGateway: { name: "igw2" } }],
    });
    expect(scenario.hosts.app2?.ip).toBe("10.0.1.50");
    expect(scenario.routeTables["public-rt"]?.routes).toEqual([]);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.change).toBe(1);
    expect(refused[0]?.reason.params?.kind).toBe("oneInternetGateway");
    // Without the route to the internet gateway, HTTP from the internet no longer comes back.
    const withKey = { ...scenario, choices: base.choices };
    expect(simulate(withKey, { choices: ["A", "B", "C"] }).flows.find((f) => f.flow === "http")?.verdict).toBe(
      "blocked",
    );
  });
  it("keeps names the scenario has: an added host cannot replace one", () => {
    const { scenario } = applyEditsWithProblems(base, {
      hosts: { web: { subnet: "public", ip: "10.0.1.99", os: "linux", listens: "any" } },
    });
    expect(scenario.hosts.web?.ip).toBe("10.0.1.10");
  });
  it("round-trips network edits through the URL", () => {
    const edits = { changes: [{ setPublicIp: { host: "web", publicIp: null } }] };
    expect(decodeEdits(encodeEdits(edits))).toEqual(edits);
  });
});
