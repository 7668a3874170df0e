/** Route lookup: the most specific matching route (RT-1); IPv4 and IPv6 are separate because CIDRs carry their family. */
import type { IpAddress } from "./address";
import { cidrContains } from "./cidr";
import type { CompiledRoute } from "../aws/model";

export function lookupRoute(routes: readonly CompiledRoute[], dst: IpAddress): CompiledRoute | null {
  let best: CompiledRoute | null = null;
  for (const r of routes) {
    if (!cidrContains(r.dest, dst)) continue;
    // Local routes are listed first, so on equal prefixes the local route wins (RT-2); a static route beats a route
    // propagated from a virtual private gateway for the same prefix [S2S-PRIO].
    if (
      !best ||
      r.dest.prefix > best.dest.prefix ||
      (r.dest.prefix === best.dest.prefix && best.isPropagated === true && r.isPropagated !== true)
    )
      best = r;
  }
  return best;
}
