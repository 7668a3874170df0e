import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { simulate, type Scenario } from "@/lib/netsim";
import { ftpNat, homeForward, q30570, threeVpcHub } from "@/lib/netsim/testing";
import { scenarioOf } from "@/lib/netsim/testing";
import { networkView } from "@/lib/netsim-ui/network-view";
import { targetOf } from "@/lib/netsim-ui/story";
import { crossesBox, routePath, vpcBoxesOf } from "@/lib/netsim-ui/packet-route";
import { CANVAS_WIDTH, fitText, layoutTopology, type Layout } from "@/lib/netsim-ui/topology-layout";

/** The scenario block of a bank question. */
function bankScenario(id: string): Scenario {
  const text = readFileSync(path.join(import.meta.dirname, `../../content/saa-c03/${id}.md`), "utf8");
  const block = /```netsim\n([\s\S]*?)\n```/.exec(text)?.[1];
  if (!block) throw new Error(`${id} has no netsim block`);
  return scenarioOf(block);
}

/** Every packet of every flow, with every choice alone and none, as the diagram ids it visits (as the player does). */
function packetPaths(scenario: Scenario): { name: string; choices: string[]; ids: string[] }[] {
  const sets = [[], ...Object.keys(scenario.choices ?? {}).map((letter) => [letter])];
  return sets.flatMap((choices) =>
    simulate(scenario, { choices }).flows.flatMap((flow) =>
      flow.packets.map((trace, i) => ({
        name: `${choices.join("") || "-"} ${flow.flow} ${flow.os} #${i}`,
        choices,
        ids: trace.steps.map((step) => targetOf(step)).filter((id, j, list) => id !== list[j - 1]),
      })),
    ),
  );
}

const isIn = (point: { x: number; y: number }, box: { x: number; y: number; w: number; h: number }) =>
  point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h;

/** The VPC boxes a routed packet line crosses without the packet ever being inside them. */
function crossedButNotEntered(layout: Layout, ids: string[]): string[] {
  const visited = ids.map((id) => layout.anchors[id]).filter((point) => point !== undefined);
  const points = routePath(layout, ids);
  return vpcBoxesOf(layout)
    .filter((box) => !visited.some((point) => isIn(point, box)))
    .filter((box) => points.slice(1).some((point, i) => crossesBox(points[i] ?? point, point, box)))
    .map((box) => box.id);
}

describe("topology layout", () => {
  for (const [name, text] of [
    ["30570", q30570],
    ["ftp via NAT", ftpNat],
    ["home router", homeForward],
    ["three VPCs on a transit gateway", threeVpcHub],
  ] as const) {
    it(`keeps every shape of ${name} on the 360-unit canvas, subnets apart`, () => {
      const layout = layoutTopology(networkView(scenarioOf(text)));
      for (const shape of layout.shapes) {
        expect(shape.x, shape.id).toBeGreaterThanOrEqual(0);
        expect(shape.x + shape.w, shape.id).toBeLessThanOrEqual(CANVAS_WIDTH);
        expect(shape.y + shape.h, shape.id).toBeLessThanOrEqual(layout.height);
      }
      const subnets = layout.shapes.filter((shape) => shape.kind === "subnet").sort((a, b) => a.y - b.y);
      subnets
        .slice(1)
        .forEach((subnet, i) => expect(subnet.y).toBeGreaterThan((subnets[i]?.y ?? 0) + (subnets[i]?.h ?? 0)));
    });
  }

  it("draws the NAT gateway inside its subnet and gives each subnet its NACL and route table chips", () => {
    const layout = layoutTopology(networkView(scenarioOf(ftpNat)));
    const subnet = layout.shapes.find((shape) => shape.id === "subnet:public");
    const nat = layout.shapes.find((shape) => shape.id === "host:nat");
    expect(subnet && nat && nat.y > subnet.y && nat.y + nat.h < subnet.y + subnet.h).toBe(true);
    for (const id of ["nacl:public", "rt:public", "nacl:private", "rt:private", "sg:client", "igw"])
      expect(layout.anchors[id], id).toBeDefined();
  });

  it("draws one box per VPC, each around its own subnets, and the transit gateway and endpoints in the lane beside them", () => {
    const layout = layoutTopology(networkView(scenarioOf(threeVpcHub)));
    const vpcs = layout.shapes.filter((shape) => shape.kind === "vpc");
    expect(vpcs.map((v) => v.id)).toEqual(["vpc", "vpc:spoke-b", "vpc:shared"]);
    const box = (id: string) => layout.shapes.find((shape) => shape.id === id);
    const inside = (inner: string, outer: string) => {
      const a = box(inner);
      const b = box(outer);
      return !!a && !!b && a.y >= b.y && a.y + a.h <= b.y + b.h;
    };
    expect(inside("subnet:a", "vpc")).toBe(true);
    expect(inside("subnet:b", "vpc:spoke-b")).toBe(true);
    expect(inside("subnet:s", "vpc:shared")).toBe(true);
    for (const id of ["gw:tgw", "gw:s3-gw", "igw", "inet:erp", "inet:s3", "gw:sqs-if"])
      expect(layout.anchors[id], id).toBeDefined();
  });

  for (const id of ["saa-5023", "saa-5016", "saa-5009"])
    it(`routes every packet of ${id} so its line crosses no VPC the packet does not enter`, () => {
      const scenario = bankScenario(id);
      const paths = packetPaths(scenario);
      expect(paths.length).toBeGreaterThan(0);
      for (const { name, choices, ids } of paths) {
        const layout = layoutTopology(networkView(scenario, choices));
        expect(crossedButNotEntered(layout, ids), name).toEqual([]);
        for (const point of routePath(layout, ids)) {
          expect(point.x, name).toBeGreaterThanOrEqual(0);
          expect(point.x, name).toBeLessThanOrEqual(CANVAS_WIDTH);
        }
      }
    });

  it("puts what joins VPCs in a lane beside them, and the check above can fail", () => {
    const scenario = bankScenario("saa-5023");
    const layout = layoutTopology(networkView(scenario, ["E"]));
    const vpcs = vpcBoxesOf(layout);
    const tgw = layout.shapes.find((shape) => shape.id === "gw:tgw");
    expect(tgw).toBeDefined();
    for (const vpc of vpcs) expect((tgw?.x ?? 0) >= vpc.x + vpc.w).toBe(true);
    // vpc-a → tgw drawn straight (as the diagram once did) would strike through vpc-b.
    const a = layout.anchors["host:app-a"];
    const g = layout.anchors["gw:tgw"];
    const b = vpcs.find((vpc) => vpc.id === "vpc:vpc-b");
    expect(a && g && b && crossesBox(a, g, b)).toBe(true);
    // Routed, the hop leaves vpc-a sideways and runs down the corridor.
    const routed = routePath(layout, ["host:app-a", "gw:tgw"]);
    expect(routed.map((point) => point.x)).toContain(layout.corridorX);
    expect(crossedButNotEntered({ ...layout, corridorX: null }, ["host:app-a", "gw:tgw", "host:app-c"])).toContain(
      "vpc:vpc-b",
    );
  });

  it("draws no internet box when nothing uses the internet, and keeps it when a gateway does", () => {
    const connected = layoutTopology(networkView(bankScenario("saa-5023")));
    expect(connected.shapes.filter((shape) => shape.kind === "internet")).toEqual([]);
    const single = layoutTopology(networkView(scenarioOf(ftpNat)));
    expect(single.shapes.some((shape) => shape.kind === "internet")).toBe(true);
  });

  it("shortens labels that would not fit", () => {
    expect(fitText("public-nacl", 200, 10)).toBe("public-nacl");
    expect(fitText("a-very-long-network-acl-name", 60, 10)).toMatch(/…$/);
  });
});
