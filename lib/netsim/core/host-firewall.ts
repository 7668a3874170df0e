/**
 * Host firewall (Windows Firewall / iptables style, seed 002): rules name the *local* port (this host's)
 * and the *remote* port (the peer's). A block rule wins over an allow rule, then the default applies.
 * Stateful: replies to connections the host accepted or started are allowed by the caller.
 */
import type { IpAddress } from "./address";
import { cidrContains, cidrFrom } from "./cidr";
import { ALL_PORTS, hasPort, intersect, isEmpty, parsePortSpec, subtract, union, type PortSet } from "./port-set";
import { protoNumber } from "./rules";
import type { HostFirewall } from "../scenario/schema";

export type FwPacket = { proto: number; remote: IpAddress; localPort: number | null; remotePort: number | null };
/**
 * `ruleIndex`: the rule (index in `rules`) that decided the verdict, or `default` when no rule matched and the
 * direction's default decided. `blockIndex`: the same for the ports that are blocked (a partial verdict).
 */
export type FwResult = {
  allowed: PortSet | null;
  blockedBy: PortSet | null;
  isAllowed: boolean;
  ruleIndex: number | "default";
  blockIndex: number | "default";
};

/**
 * Evaluates inbound or outbound traffic. `varPorts` is the set of the one port that varies (local or remote,
 * named by `varSide`); the fixed side is in the packet. Returns which of `varPorts` pass.
 */
export function evaluateHostFirewall(
  fw: HostFirewall,
  direction: "inbound" | "outbound",
  p: FwPacket,
  varSide: "local" | "remote" | null,
  varPorts: PortSet | null,
): FwResult {
  const matchSet = (kind: "allow" | "block"): { set: PortSet; index: number } => {
    let set: PortSet = [];
    let index = -1;
    fw.rules.forEach((r, i) => {
      if (r.direction !== direction || r.action !== kind) return;
      const proto = protoNumber(r.proto);
      if (proto !== -1 && proto !== p.proto) return;
      if (r.remote !== undefined) {
        const c = cidrFrom(r.remote);
        if (!c || !cidrContains(c, p.remote)) return;
      }
      const local = r.localPorts === undefined ? ALL_PORTS : (parsePortSpec(r.localPorts) ?? ALL_PORTS);
      const remote = r.remotePorts === undefined ? ALL_PORTS : (parsePortSpec(r.remotePorts) ?? ALL_PORTS);
      const fixedOk = (side: "local" | "remote", ports: PortSet) => {
        const value = side === "local" ? p.localPort : p.remotePort;
        return value === null || varSide === side || hasPort(ports, value);
      };
      if (!fixedOk("local", local) || !fixedOk("remote", remote)) return;
      const covers = varSide === "local" ? local : varSide === "remote" ? remote : ALL_PORTS;
      set = union(set, covers);
      if (index < 0) index = i;
    });
    return { set, index };
  };
  const block = matchSet("block");
  const allow = matchSet("allow");
  const base = fw[direction] === "allow" ? ALL_PORTS : [];
  const passSet = subtract(union(allow.set, base), block.set);
  if (varPorts === null) {
    const ok = hasPort(passSet, 0);
    const blockIndex = block.index >= 0 ? block.index : "default";
    return {
      allowed: null,
      blockedBy: null,
      isAllowed: ok,
      ruleIndex: ok ? (allow.index >= 0 ? allow.index : "default") : blockIndex,
      blockIndex,
    };
  }
  const allowed = intersect(varPorts, passSet);
  const blocked = subtract(varPorts, allowed);
  // The rule that decided each part: a block rule covering blocked ports, an allow rule covering allowed ones, else
  // the direction's default (an allow rule for other ports decided nothing).
  const blockIndex = block.index >= 0 && !isEmpty(intersect(blocked, block.set)) ? block.index : "default";
  const allowIndex = allow.index >= 0 && !isEmpty(intersect(allowed, allow.set)) ? allow.index : "default";
  return {
    allowed,
    blockedBy: blocked,
    isAllowed: !isEmpty(allowed),
    ruleIndex: isEmpty(allowed) ? blockIndex : allowIndex,
    blockIndex,
  };
}
