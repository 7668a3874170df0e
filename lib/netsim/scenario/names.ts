/**
 * Names the simulator itself needs from the validator's vocabulary: the link-local AWS services and a route's
 * targets. Apart from validate.ts so the simulator (and the browser's first load) does not carry the validator,
 * which the browser loads on demand (on-demand.ts).
 */
import type { Scenario } from "./schema";
import { allVpcs } from "./vpcs";

/** Link-local AWS services that security groups and NACLs do not filter (SG-15, NACL-10). */
export const AWS_SERVICES = ["amazon-dns", "imds", "time-sync"] as const;

export type TargetKind = "local" | "igw" | "eigw" | "nat" | "eni" | "pcx" | "tgw" | "vgw";

/** Names a route's `via:` may use, with their kind. */
export function routeTargets(s: Scenario): Map<string, TargetKind> {
  const m = new Map<string, TargetKind>([["local", "local"]]);
  for (const v of allVpcs(s)) {
    if (v.internetGateway) m.set(v.internetGateway, "igw");
    if (v.egressOnlyInternetGateway) m.set(v.egressOnlyInternetGateway, "eigw");
    if (v.vpnGateway) m.set(v.vpnGateway, "vgw");
  }
  for (const n of Object.keys(s.natGateways)) m.set(n, "nat");
  for (const h of Object.keys(s.hosts)) m.set(h, "eni");
  for (const p of Object.keys(s.peerings)) m.set(p, "pcx");
  for (const t of Object.keys(s.transitGateways)) m.set(t, "tgw");
  return m;
}
