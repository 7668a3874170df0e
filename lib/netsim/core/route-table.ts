/** Route lookup: the most specific matching route (RT-1); IPv4 and IPv6 are separate because CIDRs carry their family. */
import type { IpAddress } from "./address";
import { cidrContains } from "./cidr";
import type { CompiledRoute } from "../aws/model";

export function lookupRoute(routes: readonly CompiledRoute[], dst: IpAddress): CompiledRoute | null {
  let best: CompiledRoute | null = null;
  for (const r of routes) {
    if (!cidrContains(r.dest, dst)) continue;
    // Local routes are listed first, so on equal prefixes the local route wins (RT-2).
    if (!best || r.dest.prefix > best.dest.prefix) best = r;
  }
  return best;
}
