import { ipBits, ipFrom, ipToString, type IpAddress, type IpFamily } from "./address";
import { BoundedMemo } from "./bounded-memo";

/** A CIDR block in canonical form (host bits cleared, as AWS stores it: NACL-8). */
export type Cidr = { readonly family: IpFamily; readonly base: bigint; readonly prefix: number } & {
  readonly __brand: "Cidr";
};

/** Parses "a.b.c.d/n" or "x::/n" (a bare address is a /32 or /128); null when malformed. */
export function cidrFrom(text: string): Cidr | null {
  return PARSED.get(text, () => parseCidr(text));
}
/** Parsed CIDR text: a pure function of a short string, bounded (see PARSED in address.ts). */
const PARSED = new BoundedMemo<Cidr | null>(4096);

function parseCidr(text: string): Cidr | null {
  const [addr, len, extra] = text.trim().split("/");
  if (extra !== undefined || addr === undefined) return null;
  const ip = ipFrom(addr);
  if (!ip) return null;
  const bits = ipBits(ip.family);
  const prefix = len === undefined ? bits : /^\d{1,3}$/.test(len) ? Number(len) : NaN;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return null;
  return { family: ip.family, base: ip.value & maskOf(ip.family, prefix), prefix } as Cidr;
}

function buildMask(family: IpFamily, prefix: number): bigint {
  const bits = BigInt(ipBits(family));
  const all = (1n << bits) - 1n;
  return all ^ ((1n << (bits - BigInt(prefix))) - 1n);
}
// Masks per prefix, computed once (cidrContains runs for every rule on every hop).
const MASKS_V4 = Array.from({ length: 33 }, (_, i) => buildMask(4, i));
const MASKS_V6 = Array.from({ length: 129 }, (_, i) => buildMask(6, i));

function maskOf(family: IpFamily, prefix: number): bigint {
  return (family === 4 ? MASKS_V4[prefix] : MASKS_V6[prefix]) ?? buildMask(family, prefix);
}

export function cidrToString(c: Cidr): string {
  return `${ipToString({ family: c.family, value: c.base } as IpAddress)}/${c.prefix}`;
}

/** Last address of the block. */
export function cidrLast(c: Cidr): bigint {
  return c.base | ((1n << BigInt(ipBits(c.family) - c.prefix)) - 1n);
}

export function cidrContains(c: Cidr, ip: IpAddress): boolean {
  return c.family === ip.family && (ip.value & maskOf(c.family, c.prefix)) === c.base;
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrCovers(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.family === inner.family &&
    outer.prefix <= inner.prefix &&
    (inner.base & maskOf(outer.family, outer.prefix)) === outer.base
  );
}

export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return cidrCovers(a, b) || cidrCovers(b, a);
}

/** Address at `offset` from the block's base (AWS reserves .0-.3 and the last address of a subnet). */
export function cidrAddress(c: Cidr, offset: number): IpAddress {
  return { family: c.family, value: c.base + BigInt(offset) } as IpAddress;
}

const PRIVATE_V4 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((t) => cidrFrom(t) as Cidr);
const SHARED_V4 = cidrFrom("100.64.0.0/10") as Cidr;

/** RFC 1918 private space (H-3). */
export function isPrivateV4(ip: IpAddress): boolean {
  return PRIVATE_V4.some((c) => cidrContains(c, ip));
}

/** RFC 6598 shared address space for carrier-grade NAT (H-3). */
export function isSharedV4(ip: IpAddress): boolean {
  return cidrContains(SHARED_V4, ip);
}
