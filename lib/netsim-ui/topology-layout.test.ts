import { describe, expect, it } from "vitest";
import { ftpNat, homeForward, q30570 } from "@/lib/netsim/testing";
import { scenarioOf } from "@/lib/netsim/testing";
import { networkView } from "@/lib/netsim-ui/network-view";
import { CANVAS_WIDTH, fitText, layoutTopology } from "@/lib/netsim-ui/topology-layout";

describe("topology layout", () => {
  for (const [name, text] of [
    ["30570", q30570],
    ["ftp via NAT", ftpNat],
    ["home router", homeForward],
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

  it("shortens labels that would not fit", () => {
    expect(fitText("public-nacl", 200, 10)).toBe("public-nacl");
    expect(fitText("a-very-long-network-acl-name", 60, 10)).toMatch(/…$/);
  });
});
