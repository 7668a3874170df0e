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
export type Layout = {
  width: number;
  height: number;
  shapes: Shape[];
  anchors: Record<string, { x: number; y: number }>;
};

const INTERNET_H = 40;
const MEMBER_H = 52;
const GAP = 8;
const PILL_H = 18;

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

  const inet = view.internet.length > 0 ? view.internet : [{ id: "inet:internet", name: "internet", ip: "" }];
  row(inet.length, W - 16, 140, 8).forEach((slot, i) => {
    const host = inet[i];
    if (host)
      add({ kind: "internet", id: host.id, x: slot.x, y: 8, w: slot.w, h: INTERNET_H, label: host.name, sub: host.ip });
  });
  // Steps at the implicit "internet" endpoint land on the first internet box.
  anchors["inet:internet"] ??= anchors[inet[0]?.id ?? ""] ?? { x: W / 2, y: 28 };
  let y = 8 + INTERNET_H + 26;

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

  if (view.subnets.length > 0 || view.igw || view.eigw) {
    const vpcTop = y;
    const vpc: Shape = {
      kind: "vpc",
      id: "vpc",
      x: 6,
      y: vpcTop,
      w: W - 12,
      h: 0,
      label: view.vpcCidr ? `VPC ${view.vpcCidr}` : "VPC",
    };
    shapes.push(vpc);
    const gateways = [
      view.igw ? { id: "igw", label: view.igw, sub: "IGW" } : null,
      view.eigw ? { id: "eigw", label: view.eigw, sub: "EIGW" } : null,
    ].filter((g) => g !== null);
    row(Math.max(gateways.length, 1), 220, 104, W / 2 - 110).forEach((slot, i) => {
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
    for (let start = 0; start < view.subnets.length; start += cols) {
      const slice = view.subnets.slice(start, start + cols);
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
    if (view.subnets.length === 0) vpc.h = 40;
    y = vpcTop + vpc.h + 8;
  }
  // An internet host that answers (a server) shows up in traces as an "instance" step, and a LAN host as "internet":
  // give each endpoint both ids so every step finds its place.
  for (const id of Object.keys(anchors)) {
    const [kind, name] = id.split(":");
    if (kind === "inet") anchors[`host:${name}`] ??= anchors[id] as { x: number; y: number };
    if (kind === "host") anchors[`inet:${name}`] ??= anchors[id] as { x: number; y: number };
  }
  return { width: W, height: Math.ceil(y), shapes, anchors };
}
