import { describe, expect, it } from "vitest";
import { ftpNat, homeForward, q30570, threeVpcHub } from "@/lib/netsim/testing";
import { simulate } from "@/lib/netsim";
import { scenarioOf } from "@/lib/netsim/testing";
import { networkView } from "@/lib/netsim-ui/network-view";
import { framesOf, isDrop, matchedRowOf, packetOutcome, splitNode, targetOf } from "@/lib/netsim-ui/story";
import { layoutTopology } from "@/lib/netsim-ui/topology-layout";

const cases = [
  {
    name: "30570",
    text: q30570,
    choices: [
      ["A", "B"],
      ["A", "B", "C"],
    ],
  },
  { name: "ftp via NAT", text: ftpNat, choices: [[]] },
  { name: "home router", text: homeForward, choices: [[], ["A", "C"]] },
  { name: "three VPCs, a transit gateway, endpoints and a VPN", text: threeVpcHub, choices: [[], ["A"], ["C"]] },
];

describe("story of a flow", () => {
  it("numbers request and response steps in order and ends the response at the NACL outbound * rule without C", () => {
    const flow = simulate(scenarioOf(q30570), { choices: ["A", "B"], clientOs: "linux" }).flows[0];
    const frames = framesOf(flow);
    expect(frames.map((frame) => frame.packet)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
    const last = frames.at(-1);
    expect(last && isDrop(last.step)).toBe(true);
    expect(last?.step.rule?.id).toBe("web-nacl/outbound/*");
    expect(last && packetOutcome(last.trace)).toBe("dropped");
    expect(last && matchedRowOf(last.step)).toBe("nacl:web-nacl/outbound/*");
  });

  it("splits node names with their context", () => {
    expect(splitNode("web-sg (web)")).toEqual({ name: "web-sg", context: "web" });
    expect(splitNode("igw")).toEqual({ name: "igw", context: null });
  });

  for (const c of cases) {
    it(`places every step of ${c.name} on the diagram and every matched rule in a table`, () => {
      const scenario = scenarioOf(c.text);
      for (const choices of c.choices) {
        const layout = layoutTopology(networkView(scenario, choices));
        const rows = new Set(
          networkView(scenario, choices).tables.flatMap((table) =>
            [...table.inbound, ...table.outbound].map((row) => row.id),
          ),
        );
        for (const flow of simulate(scenario, { choices }).flows) {
          for (const { step } of framesOf(flow)) {
            expect(layout.anchors[targetOf(step)], `${step.component} ${step.node}`).toBeDefined();
            const row = matchedRowOf(step);
            if (row && !row.endsWith("/none") && !row.startsWith("home:")) expect(rows.has(row), row).toBe(true);
          }
        }
      }
    });
  }
});
