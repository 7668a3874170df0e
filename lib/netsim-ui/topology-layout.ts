/**
 * Places the network on a fixed 360-unit-wide canvas: the internet on top, the gateway on the VPC's edge, subnets
 * with their route table and network ACL on the subnet's edge, instances inside with their
 * security groups. Subnets are stacked in one column. Narrow on purpose: at a 390 px phone width it is drawn about 1:1, so 10-12 unit text stays legible.
 */
import type { NetworkView } from "@/lib/netsim-ui/network-view";

export const CANVAS_WIDTH = 360;

export type Box = { id: string; x: number; y: number; w: number; h: number };
export type Shape =
  | (Box & { kind: "internet"; label: string; sub: string })
  | (Box & { kind: "gateway"; label: string; sub: string })
  | (Box & { kind: "vpc" | "lan"; label: string })
  | (Box & { kind: "subnet"; label: string; sub: string })
  | (Box & { kind: "pill"; role: "nacl" | "rt" | "sg"; label: string })
  | (Box & { kind: "host"; role: "host" | "nat" | "lb" | "vpce"; label: string; sub: string });
export type Point = { x: number; y: number };
export type Layout = {
  width: number;
  height: number;
  shapes: Shape[];
  anchors: Record<string, Point>;
  /**
   * The x of the corridor between the VPCs and the side lane (transit gateways, peerings, VPN gateways, gateway
   * endpoints), when there is one: a packet travelling between two places that a straight line would join across a
   * third VPC runs along it instead (routePath).
   */
  corridorX: number | null;
};

const INTERNET_H = 40;
const MEMBER_H = 52;
const GAP = 8;
const PILL_H = 18;
/** The side lane's width (its corridor and its boxes) when VPCs are connected. */
const LANE_W = 104;

/** Cuts a label to fit `width` units at `size` units per em (ASCII names; about 0.58 em a character). */
export function fitText(text: string, width: number, size: number): string {
  const max = Math.max(3, Math.floor(width / (size * 0.6)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function row(count: number, width: number, maxW: number, left: number): { x: number; w: number }[] {
  const w = Math.min(maxW, (width - GAP * (count - 1)) / count);
  const total = w * count + GAP * (count - 1);
  const start = left + (width - total) / 2;
  return Array.from({ length: count }, (_, i) => ({ x: start + i * (w + GAP), w }));
}

/** Lays out a network view; every step target id (see story.targetOf) gets an anchor point. */
export function layoutTopology(view: NetworkView): Layout {
  const W = CANVAS_WIDTH;
  const shapes: Shape[] = [];
  const anchors: Layout["anchors"] = {};
  const center = (box: Box) => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 });
  const add = (shape: Shape) => {
    shapes.push(shape);
    // A packet "arrives" at a host's name line, above its security group chip, and at the right end of a rule chip,
    // so it never hides the chip's name.
    anchors[shape.id] =
      shape.kind === "host"
        ? { x: shape.x + shape.w / 2, y: shape.y + 15 }
        : shape.kind === "pill" || shape.kind === "internet" || shape.kind === "gateway"
          ? { x: shape.x + shape.w - Math.min(shape.h / 2, 14), y: shape.y + shape.h / 2 }
          : center(shape);
  };

  // The internet is drawn when something uses it: a flow's endpoint, an internet or egress-only gateway, a home
  // router, or a network with nothing else to show. Connected VPCs without any of these get no "internet" box.
  const usesInternet =
    view.internet.length > 0 ||
    view.igw !== null ||
    view.eigw !== null ||
    view.home !== null ||
    view.vpcs.some((v) => v.igw !== null) ||
    (view.vpcs.length === 0 && view.subnets.length === 0);
  const inet = view.internet.length > 0 ? view.internet : [{ id: "inet:internet", name: "internet", ip: "" }];
  let y = 8;
  if (usesInternet) {
    row(inet.length, W - 16, 140, 8).forEach((slot, i) => {
      const host = inet[i];
      if (host)
        add({
          kind: "internet",
          id: host.id,
          x: slot.x,
          y: 8,
          w: slot.w,
          h: INTERNET_H,
          label: host.name,
          sub: host.ip,
        });
    });
    // Steps at the implicit "internet" endpoint land on the first internet box.
    anchors["inet:internet"] ??= anchors[inet[0]?.id ?? ""] ?? { x: W / 2, y: 28 };
    y = 8 + INTERNET_H + 26;
  } else y = 8 + 20;
  // Connected networks: the VPCs on the left, the lane of what joins them on the right (never below them, where a
  // packet's line would cross every VPC in between).
  const hasLane = view.links.length > 0;
  const vpcW = W - 12 - (hasLane ? LANE_W : 0);
  const corridorX = hasLane ? 6 + vpcW + 8 : null;
  const vpcBoxes: Record<string, Box> = {};

  if (view.home) {
    const router = {
      kind: "gateway" as const,
      id: "router",
      x: W / 2 - 70,
      y,
      w: 140,
      h: 36,
      label: "router",
      sub: view.home.wanIp ? `WAN ${view.home.wanIp}` : view.home.access,
    };
    add(router);
    y += 36 + 18;
    const lanTop = y;
    const hosts = view.home.hosts;
    const slots = row(Math.max(hosts.length, 1), W - 32, 150, 16);
    hosts.forEach((host, i) => {
      const slot = slots[i];
      if (slot)
        add({
          kind: "host",
          role: "host",
          id: host.id,
          x: slot.x,
          y: lanTop + 26,
          w: slot.w,
          h: MEMBER_H - 12,
          label: host.name,
          sub: host.ip,
        });
    });
    const lanH = 26 + MEMBER_H - 12 + 12;
    shapes.splice(shapes.length - hosts.length, 0, {
      kind: "lan",
      id: "lan",
      x: 8,
      y: lanTop,
      w: W - 16,
      h: lanH,
      label: "LAN",
    });
    y = lanTop + lanH + 8;
  }

  // Several VPCs are drawn one below the other, each with its own subnets; one VPC keeps the original drawing.
  const groups =
    view.vpcs.length > 0
      ? view.vpcs.map((v, i) => ({
          id: i === 0 ? "vpc" : `vpc:${v.name}`,
          name: v.name,
          label: `VPC ${v.name} ${v.cidr}`,
          // Steps name an internet gateway `igw` (story.ts): the first VPC with one gets that id.
          gateways: v.igw
            ? [{ id: view.vpcs.findIndex((x) => x.igw) === i ? "igw" : `gw:${v.igw}`, label: v.igw, sub: "IGW" }]
            : [],
          subnets: view.subnets.filter((sub) => v.subnets.includes(sub.name)),
        }))
      : view.subnets.length > 0 || view.igw || view.eigw
        ? [
            {
              id: "vpc",
              name: "",
              label: view.vpcCidr ? `VPC ${view.vpcCidr}` : "VPC",
              gateways: [
                view.igw ? { id: "igw", label: view.igw, sub: "IGW" } : null,
                view.eigw ? { id: "eigw", label: view.eigw, sub: "EIGW" } : null,
              ].filter((g) => g !== null),
              subnets: view.subnets,
            },
          ]
        : [];
  for (const group of groups) {
    if (group !== groups[0]) y += 12;
    const vpcTop = y;
    const vpc: Shape = { kind: "vpc", id: group.id, x: 6, y: vpcTop, w: vpcW, h: 0, label: group.label };
    shapes.push(vpc);
    vpcBoxes[group.name] = vpc;
    const gateways = group.gateways;
    row(Math.max(gateways.length, 1), 220, 104, 6 + vpcW / 2 - 110).forEach((slot, i) => {
      const gate = gateways[i];
      if (gate)
        add({
          kind: "gateway",
          id: gate.id,
          x: slot.x,
          y: vpcTop - 16,
          w: slot.w,
          h: 32,
          label: gate.label,
          sub: gate.sub,
        });
    });
    // One column: two subnets side by side would leave each about 160 units, too narrow for "NACL public-nacl"
    // at a legible size on a phone. A taller diagram scrolls; a cramped one cannot be read.
    const cols = 1;
    const innerX = vpc.x + 8;
    const innerW = vpc.w - 16;
    const colW = (innerW - GAP * (cols - 1)) / cols;
    let rowTop = vpcTop + 34;
    for (let start = 0; start < group.subnets.length; start += cols) {
      const slice = group.subnets.slice(start, start + cols);
      const rowH = Math.max(...slice.map((subnet) => 46 + Math.max(subnet.members.length, 1) * (MEMBER_H + GAP)));
      slice.forEach((subnet, i) => {
        const x = innerX + i * (colW + GAP);
        shapes.push({
          kind: "subnet",
          id: `subnet:${subnet.name}`,
          x,
          y: rowTop,
          w: colW,
          h: rowH,
          label: subnet.name,
          sub: subnet.cidr,
        });
        const pillW = (colW - 3 * 6) / 2;
        add({
          kind: "pill",
          role: "rt",
          id: `rt:${subnet.name}`,
          x: x + 6,
          y: rowTop - PILL_H / 2,
          w: pillW,
          h: PILL_H,
          label: `RT ${subnet.table}`,
        });
        add({
          kind: "pill",
          role: "nacl",
          id: `nacl:${subnet.name}`,
          x: x + 12 + pillW,
          y: rowTop - PILL_H / 2,
          w: pillW,
          h: PILL_H,
          label: `NACL ${subnet.nacl}`,
        });
        subnet.members.forEach((member, j) => {
          const box = { x: x + 8, y: rowTop + 42 + j * (MEMBER_H + GAP), w: colW - 16, h: MEMBER_H };
          add({
            kind: "host",
            role: member.kind,
            id: member.id,
            ...box,
            label: member.name,
            sub: member.publicIp ? `${member.ip} · ${member.publicIp}` : member.ip,
          });
          if (member.groups.length > 0) {
            add({
              kind: "pill",
              role: "sg",
              id: `sg:${member.name}`,
              x: box.x + 6,
              y: box.y + box.h - PILL_H - 4,
              w: box.w - 12,
              h: PILL_H,
              label: `SG ${member.groups.join(", ")}`,
            });
          }
        });
      });
      rowTop += rowH + 24;
    }
    vpc.h = rowTop - 24 + 10 - vpcTop;
    if (group.subnets.length === 0) vpc.h = 40;
    y = vpcTop + vpc.h + 8;
  }
  // Transit gateways, peering connections, virtual private gateways and gateway endpoints: in the lane beside the
  // VPCs, each level with the middle of the VPCs it joins (pushed down when two would overlap).
  if (corridorX !== null) {
    const laneX = corridorX + 8;
    const laneW = W - 4 - laneX;
    const LINK_H = 36;
    const wanted = view.links.map((link) => {
      const boxes = link.vpcs.map((name) => vpcBoxes[name]).filter((box) => box !== undefined);
      const middle =
        boxes.length > 0
          ? (Math.min(...boxes.map((b) => b.y)) + Math.max(...boxes.map((b) => b.y + b.h))) / 2
          : y - LINK_H / 2;
      return { link, top: middle - LINK_H / 2 };
    });
    let next = 0;
    for (const { link, top } of [...wanted].sort((a, b) => a.top - b.top)) {
      const at = Math.max(top, next);
      shapes.push({
        kind: "gateway",
        id: link.id,
        x: laneX,
        y: at,
        w: laneW,
        h: LINK_H,
        label: link.label,
        sub: link.sub,
      });
      // The packet meets a lane box at its edge facing the corridor.
      anchors[link.id] = { x: laneX, y: at + LINK_H / 2 };
      next = at + LINK_H + 10;
    }
    y = Math.max(y, next);
  }
  // An internet host that answers (a server) shows up in traces as an "instance" step, and a LAN host as "internet":
  // give each endpoint both ids so every step finds its place.
  for (const id of Object.keys(anchors)) {
    const [kind, name] = id.split(":");
    if (kind === "inet") anchors[`host:${name}`] ??= anchors[id] as { x: number; y: number };
    if (kind === "host") anchors[`inet:${name}`] ??= anchors[id] as { x: number; y: number };
    // An interface endpoint's steps name the endpoint; its network interfaces are `<endpoint>/<n>`.
    if (kind === "host" && name?.includes("/"))
      anchors[`gw:${name.split("/")[0] ?? ""}`] ??= anchors[id] as { x: number; y: number };
  }
  return { width: W, height: Math.ceil(y), shapes, anchors, corridorX };
}
