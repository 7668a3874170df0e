/**
 * Port sets as sorted, disjoint, non-adjacent closed intervals. Verdicts are computed over whole
 * ephemeral ranges with interval arithmetic (never by looping over 65,536 ports).
 */
export type PortRange = { readonly from: number; readonly to: number };
export type PortSet = readonly PortRange[];

export const MAX_PORT = 65535;
export const EMPTY: PortSet = [];
export const ALL_PORTS: PortSet = [{ from: 0, to: MAX_PORT }];

/** A set holding one interval (empty when from > to). */
export function portRange(from: number, to: number = from): PortSet {
  return from > to ? EMPTY : [{ from, to }];
}

/** Normalises any list of intervals into canonical form. */
export function portSetFrom(ranges: readonly PortRange[]): PortSet {
  const sorted = ranges
    .filter((r) => r.from <= r.to)
    .slice()
    .sort((a, b) => a.from - b.from);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) out[out.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else out.push({ from: r.from, to: r.to });
  }
  return out;
}

export function union(a: PortSet, b: PortSet): PortSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // Both are canonical (sorted, disjoint): a linear merge, no sort.
  const out: PortRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const r = (y === undefined || (x !== undefined && x.from <= y.from) ? (i++, x) : (j++, y)) as PortRange;
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) {
      if (r.to > last.to) out[out.length - 1] = { from: last.from, to: r.to };
    } else out.push(r);
  }
  return out;
}

export function intersect(a: PortSet, b: PortSet): PortSet {
  const out: PortRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as PortRange;
    const y = b[j] as PortRange;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from <= to) out.push({ from, to });
    if (x.to < y.to) i++;
    else j++;
  }
  return out;
}

export function complement(a: PortSet): PortSet {
  const out: PortRange[] = [];
  let next = 0;
  for (const r of a) {
    if (r.from > next) out.push({ from: next, to: r.from - 1 });
    next = r.to + 1;
  }
  if (next <= MAX_PORT) out.push({ from: next, to: MAX_PORT });
  return out;
}

export function subtract(a: PortSet, b: PortSet): PortSet {
  if (a.length === 0 || b.length === 0) return a;
  return intersect(a, complement(b));
}

export function isEmpty(a: PortSet): boolean {
  return a.length === 0;
}

export function size(a: PortSet): number {
  return a.reduce((n, r) => n + r.to - r.from + 1, 0);
}

export function hasPort(a: PortSet, port: number): boolean {
  return a.some((r) => r.from <= port && port <= r.to);
}

export function isSubset(a: PortSet, b: PortSet): boolean {
  return isEmpty(subtract(a, b));
}

export function portSetEquals(a: PortSet, b: PortSet): boolean {
  return a.length === b.length && a.every((r, i) => r.from === b[i]?.from && r.to === b[i]?.to);
}

/** Smallest port in the set, or null. */
export function firstPort(a: PortSet): number | null {
  return a[0]?.from ?? null;
}

/** "80", "1024-65535", "20-21, 1024-65535", "all", "none". */
export function formatPortSet(a: PortSet): string {
  if (a.length === 0) return "none";
  if (a.length === 1 && a[0]?.from === 0 && a[0]?.to === MAX_PORT) return "all";
  return a.map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`)).join(", ");
}

/** Parses 80, "80", "1024-65535", "all"; null when malformed or outside 0-65535. */
export function parsePortSpec(spec: number | string): PortSet | null {
  if (typeof spec === "number") return Number.isInteger(spec) && spec >= 0 && spec <= MAX_PORT ? portRange(spec) : null;
  const t = spec.trim().toLowerCase();
  if (t === "all" || t === "any" || t === "*") return ALL_PORTS;
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(t);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > MAX_PORT || to > MAX_PORT || from > to) return null;
  return portRange(from, to);
}
