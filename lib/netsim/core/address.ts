/**
 * IP addresses as branded bigints. IPv4 and IPv6 are separate families (NACL-7, RT-1): an address
 * always carries its family so that no IPv4 rule can ever match an IPv6 packet by accident.
 */
import { BoundedMemo } from "./bounded-memo";

export type IpFamily = 4 | 6;
export type IpAddress = { readonly family: IpFamily; readonly value: bigint } & { readonly __brand: "IpAddress" };

/** Parses a dotted-quad IPv4 address; null when malformed (leading zeros and octets over 255 included). */
export function ipv4From(text: string): IpAddress | null {
  const t = text.trim();
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return null;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits === 3 || (digits === 1 && octet === 0)) return null;
      octet = octet * 10 + (c - 48);
      if (octet > 255) return null;
      digits++;
    } else return null;
  }
  if (dots !== 3 || digits === 0) return null;
  return { family: 4, value: BigInt(value * 256 + octet) } as IpAddress;
}

/** Parses an IPv6 address (with :: compression, optional embedded IPv4 tail); null when malformed. */
export function ipv6From(text: string): IpAddress | null {
  let t = text.trim().toLowerCase();
  if (t === "::") return { family: 6, value: 0n } as IpAddress;
  if (!t.includes(":")) return null;
  const zone = t.indexOf("%");
  if (zone >= 0) t = t.slice(0, zone);
  let tailGroups: string[] = [];
  const lastColon = t.lastIndexOf(":");
  const tail = t.slice(lastColon + 1);
  if (tail.includes(".")) {
    const v4 = ipv4From(tail);
    if (!v4) return null;
    const hi = Number((v4.value >> 16n) & 0xffffn).toString(16);
    const lo = Number(v4.value & 0xffffn).toString(16);
    t = t.slice(0, lastColon + 1) + hi + ":" + lo;
    tailGroups = [];
  }
  const halves = t.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length === 2 ? (halves[1] ? halves[1].split(":") : []) : [];
  const groups = [...head, ...rest, ...tailGroups];
  if (halves.length === 1 && groups.length !== 8) return null;
  if (halves.length === 2 && groups.length > 7) return null;
  const fill = halves.length === 2 ? 8 - groups.length : 0;
  const all = [...head, ...Array<string>(fill).fill("0"), ...rest];
  let value = 0n;
  for (const g of all) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  return { family: 6, value } as IpAddress;
}

/** Parses either family. */
export function ipFrom(text: string): IpAddress | null {
  return PARSED.get(text, () => (text.includes(":") ? ipv6From(text) : ipv4From(text)));
}

/**
 * The one memo that outlives a call: parsed address text. A pure function of a short string (no scenario state, so it
 * can never be stale), bounded in size; scenarios repeat the same few addresses thousands of times per analysis.
 */
const PARSED = new BoundedMemo<IpAddress | null>(4096);

/** Canonical text: dotted quad, or RFC 5952 style IPv6 (longest zero run compressed). */
export function ipToString(ip: IpAddress): string {
  if (ip.family === 4) {
    const v = ip.value;
    return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 0xffn)).join(".");
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((ip.value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return hex.slice(0, bestStart).join(":") + "::" + hex.slice(bestStart + bestLen).join(":");
}

export function ipBits(family: IpFamily): number {
  return family === 4 ? 32 : 128;
}
