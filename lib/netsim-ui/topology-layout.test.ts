import { describe, expect, it } from "vitest";
import { ftpNat, homeForward, q30570, threeVpcHub } from "@/lib/netsim/testing";
import { scenarioOf } from "@/lib/netsim/testing";
import { networkView } from "@/lib/netsim-ui/network-view";
import { CANVAS_WIDTH, fitText, layoutTopology } from "@/lib/netsim-ui/topology-layout";

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

  it("draws one box per VPC, each around its own subnets, and the transit gateway and endpoints below them", () => {
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

  it("shortens labels that would not fit", () => {
    expect(fitText("public-nacl", 200, 10)).toBe("public-nacl");
    expect(fitText("a-very-long-network-acl-name", 60, 10)).toMatch(/…$/);
  });
});
