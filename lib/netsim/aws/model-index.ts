/**
 * Look-ups a walk needs many times, built on first use and kept with the compiled network they describe: ENIs by
 * address, node names, the members of each security group (SG-13), route references. One index per compiled base, so
 * the models of one choice analysis (which share their base sections) share it, and nothing outlives the analysis.
 */
import type { IpAddress } from "../core/address";
import type { RuleRef } from "../core/trace";

/** What the index needs to know about a network interface. */
export type IndexedEni = {
  groups: string[];
  ip: IpAddress;
  ipv6: IpAddress | null;
  publicIp: IpAddress | null;
  vpc: string;
};
type AddressIndex<E> = { priv: Map<bigint, E>; priv6: Map<bigint, E>; pub: Map<bigint, E> };

export class ModelIndex<Eni extends IndexedEni> {
  private readonly names = new Map<string, string>();
  private readonly memberCache = new Map<string, IpAddress[]>();
  private readonly routeRefs = new Map<string, RuleRef>();
  private addresses: AddressIndex<Eni> | null = null;
  constructor(private readonly enis: Record<string, Eni>) {}

  /** A node name, built once (`key` must say everything the name depends on). */
  name(key: string, build: () => string): string {
    let v = this.names.get(key);
    if (v === undefined) {
      v = build();
      this.names.set(key, v);
    }
    return v;
  }

  /** Private addresses of the ENIs in group `g` (an SG reference matches only those, SG-13). */
  readonly members = (g: string): IpAddress[] => {
    let out = this.memberCache.get(g);
    if (!out) {
      out = [];
      for (const e of Object.values(this.enis))
        if (e.groups.includes(g)) {
          out.push(e.ip);
          if (e.ipv6) out.push(e.ipv6);
        }
      this.memberCache.set(g, out);
    }
    return out;
  };

  routeRef(table: string, route: { text: string }): RuleRef {
    const key = `${table}|${route.text}`;
    let r = this.routeRefs.get(key);
    if (!r) {
      r = { kind: "route", id: `${table}/${route.text.split(" ")[0] ?? ""}`, text: route.text };
      this.routeRefs.set(key, r);
    }
    return r;
  }

  private byAddress(): AddressIndex<Eni> {
    if (!this.addresses) {
      const ix: AddressIndex<Eni> = { priv: new Map(), priv6: new Map(), pub: new Map() };
      // First match wins: insert in order, never overwrite.
      for (const e of Object.values(this.enis)) {
        const put = (m: Map<bigint, Eni>, a: IpAddress | null) => {
          if (a && !m.has(a.value)) m.set(a.value, e);
        };
        if (e.ip.family === 4) put(ix.priv, e.ip);
        else put(ix.priv6, e.ip);
        if (e.ipv6) put(e.ipv6.family === 6 ? ix.priv6 : ix.priv, e.ipv6);
        if (e.publicIp?.family === 4) put(ix.pub, e.publicIp);
      }
      this.addresses = ix;
    }
    return this.addresses;
  }

  eniByPrivateIp(a: IpAddress): Eni | undefined {
    const ix = this.byAddress();
    return (a.family === 4 ? ix.priv : ix.priv6).get(a.value);
  }

  /** The interface with this private address in one VPC (VPCs that are not connected may reuse addresses). */
  eniInVpc(a: IpAddress, vpc: string): Eni | undefined {
    const first = this.eniByPrivateIp(a);
    if (!first || first.vpc === vpc) return first;
    return Object.values(this.enis).find(
      (e) =>
        e.vpc === vpc &&
        ((e.ip.family === a.family && e.ip.value === a.value) ||
          (e.ipv6 !== null && e.ipv6.value === a.value && e.ipv6.family === a.family)),
    );
  }

  eniByPublicIp(a: IpAddress): Eni | undefined {
    if (a.family === 4) return this.byAddress().pub.get(a.value);
    return Object.values(this.enis).find(
      (e) => e.publicIp !== null && e.publicIp.family === a.family && e.publicIp.value === a.value,
    );
  }
}
