/**
 * A packet's line through the topology diagram: straight between the places it visits, except where a straight line
 * would strike through a VPC the packet never enters; there it runs along the corridor beside the VPCs.
 */
import type { Box, Layout, Point, Shape } from "@/lib/netsim-ui/topology-layout";

/** True when the segment a→b passes through the inside of `box` (touching its edge does not count). */
export function crossesBox(a: Point, b: Point, box: Box): boolean {
  // Liang–Barsky clipping against the box shrunk by half a unit.
  const [x0, y0, x1, y1] = [box.x + 0.5, box.y + 0.5, box.x + box.w - 0.5, box.y + box.h - 0.5];
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-9;
}

const inside = (point: Point, box: Box) =>
  point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h;

/** The VPC boxes of a layout. */
export function vpcBoxesOf(layout: Layout): Shape[] {
  return layout.shapes.filter((shape) => shape.kind === "vpc");
}

/**
 * The points of a packet's line through the diagram ids it visited. With a side lane, a hop between two different
 * places (two VPCs, a VPC and the lane, a VPC and the internet) leaves sideways to the lane's corridor, runs along it
 * and comes back level with where it arrives, so it never crosses (or grazes) a VPC the packet does not enter; a hop
 * inside one VPC, or without a lane, is straight.
 */
export function routePath(layout: Layout, ids: readonly string[]): Point[] {
  const points = ids.map((id) => layout.anchors[id]).filter((point) => point !== undefined);
  const vpcs = vpcBoxesOf(layout);
  const regionOf = (point: Point) => vpcs.findIndex((box) => inside(point, box));
  const out: Point[] = points.slice(0, 1);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    if (layout.corridorX !== null && regionOf(a) !== regionOf(b)) {
      const x = layout.corridorX;
      out.push({ x, y: a.y }, { x, y: b.y });
    }
    out.push(b);
  }
  return out;
}
